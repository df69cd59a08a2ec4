#pragma once

#include <QString>
#include <QStringList>

// Text helpers of the full-text search, shared by every storage implementation.
// Pure functions: no database, no state.
namespace Actes::SearchText {

// Folds what the FTS5 unicode61 tokenizer does not: compatibility forms (NFKC: ligatures
// such as "ﬁ", full-width letters, non-breaking spaces) and the French/Nordic ligature
// letters œ Œ æ Æ (and ß). Case and accents are left to the tokenizer
// (remove_diacritics 2). Apply to both the indexed text and the query.
QString fold(const QString &text);

// Plain text of a rich-text (HTML subset) field, as the reader sees it (entities decoded,
// no-break spaces as spaces, one line per paragraph, images dropped).
QString plainTextFromHtml(const QString &html);

// What is stored in the full-text index for a rich-text field: fold(plainTextFromHtml(html)).
QString indexableText(const QString &html);

// The words of a search as typed: whitespace separates terms; inside a term, punctuation
// (apostrophes, hyphens, dots) separates the words of a phrase ("l'économie" -> "l économie").
// Each returned entry is one term with its words joined by a single space, folded.
QStringList queryTerms(const QString &userText);

// The FTS5 MATCH expression for a search as typed: every term quoted (so user punctuation and
// FTS operators such as AND, OR, NEAR, *, ^, : or quotes are plain text), all terms required
// (AND), the last one as a prefix so results appear while typing. Empty when there is no word
// to look for (the caller then applies no text criterion).
QString ftsQuery(const QString &userText);

// A key ordering text the way a French reader expects: case-insensitive, accents ignored,
// ligatures expanded, leading punctuation and quotes (« “ ' ...) ignored.
QString sortKey(const QString &text);

// A key deciding whether two names are the same (organisations, resource types): case folded,
// whitespace simplified. Accents still count ("Elan" and "Élan" differ).
QString identityKey(const QString &text);

// The words of a resource's attachments for its search entry, folded: their titles, then the
// text of their files, at most MaxAttachmentTextChars of file text in all. Every save of the
// resource writes its entry again, so the whole entry stays bounded however many files it has.
QString attachmentWords(const QStringList &titles, const QStringList &fileTexts);
inline constexpr qsizetype MaxAttachmentTextChars = 400000;

} // namespace Actes::SearchText
