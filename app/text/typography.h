#pragma once

#include <QChar>
#include <QList>
#include <QString>

class QTextCharFormat;
class QTextDocument;

namespace Actes {

// French typography: no-break spaces around punctuation, « » quotes, ’ and …
//
// The rules (each one can be turned off in TypographyOptions):
//   - spaces: a no-break space before : ; ! ? and », and after «. An ordinary space already
//     there is replaced (never doubled); a no-break space already there (U+00A0 or U+202F) is
//     kept as the author wrote it. No space is added at the start of a paragraph, between
//     grouped marks ("?!" gets one space, before the "?"), or after an opening bracket "(?)".
//     : and ; are only treated when followed by a space, the end of the paragraph or a quote,
//     and ! and ? when followed by a space, the end or punctuation: so times (10:30), ratios
//     (3:2), "std::", emoticons (:-) ;) :D) and query strings (?id=3) are left alone.
//   - quotes: straight double quotes become « » with their no-break spaces. A quote opens
//     after a space, the start of the paragraph or an opening bracket, and closes otherwise;
//     a quote after a space closes when one is open and the next character is not a letter.
//   - apostrophes: ' between two letters becomes ’ (l'ESS -> l’ESS, aujourd'hui).
//   - ellipsis: exactly three dots become … ("...." is left alone).
// Never inside URLs (scheme://..., www...., mailto:), e-mail addresses, `backtick code`,
// or ranges the caller excludes (links and code-formatted text in a document).
// Applying the rules twice changes nothing more (idempotent).
//
// The no-break space style (NbspStyle):
//   Standard (default) - the French national printing office rule (Lexique des règles
//       typographiques): a narrow no-break space U+202F before ; ! ?, and a normal no-break
//       space U+00A0 before : and inside « ».
//   Narrow - U+202F everywhere (the tighter look of many French publishers).
//   Normal - U+00A0 everywhere (what Word's French autocorrect inserts).
enum class NbspStyle { Standard, Narrow, Normal };

struct TypographyOptions
{
    NbspStyle nbspStyle = NbspStyle::Standard;
    bool spaces = true;       // no-break spaces before : ; ! ? » and after «
    bool quotes = true;       // "..." -> « ... »
    bool apostrophes = true;  // ' between letters -> ’
    bool ellipsis = true;     // ... -> …

    // The no-break space this style puts before (or, for «, after) a punctuation mark.
    QChar spaceFor(QChar punctuation) const;
};

inline constexpr char16_t NoBreakSpace = u'\u00A0';
inline constexpr char16_t NarrowNoBreakSpace = u'\u202F';

// A range of characters [start, start + length).
struct TextRange
{
    int start = 0;
    int length = 0;
    int end() const { return start + length; }
    bool contains(int position) const { return position >= start && position < end(); }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// One replacement in a text: `length` characters at `position` become `text`.
// For typographyForKeystroke(), positions are relative to the block (paragraph) and
// cursorPosition is where the text cursor goes afterwards; isNull() means nothing to do.
struct TypographyEdit
{
    int position = -1;
    int length = 0;
    QString text;
    int cursorPosition = -1;
    // Index (in the original text) of the punctuation mark that caused the edit: inserted
    // characters take its character format.
    int source = -1;

    bool isNull() const { return position < 0; }
    friend bool operator==(const TypographyEdit &, const TypographyEdit &) = default;
};

// URLs, e-mail addresses and `backtick code` in a text: the ranges no rule touches (also
// skipped by the spell checker). Sorted, non-overlapping.
QList<TextRange> protectedRanges(const QString &text);

// The edits the rules make to a text, sorted and non-overlapping, positions in `text`.
// Paragraphs may be separated by '\n' or U+2029; `excluded` adds ranges to leave alone.
QList<TypographyEdit> frenchTypographyEdits(const QString &text, const TypographyOptions &opts,
                                            const QList<TextRange> &excluded = {});

// The whole text with the rules applied.
QString applyFrenchTypography(const QString &text, const TypographyOptions &opts = {},
                              const QList<TextRange> &excluded = {});

// The replacement to make just after the character `typed` was typed, `cursorPos` being the
// cursor position in `blockText` right after it (blockText[cursorPos - 1] == typed).
// `typed` == QChar::ParagraphSeparator means the paragraph `blockText` was just ended with
// Enter at `cursorPos` (then usually blockText.size()): a : or ; before it gets its space.
// Because : and ; cannot be told apart from a time or an emoticon yet, they are fixed when
// the next character (a space, a quote or Enter) is typed; ! ? « » " ' and ... are fixed
// at once. Returns a null edit when nothing is to change.
TypographyEdit typographyForKeystroke(const QString &blockText, int cursorPos, QChar typed,
                                      const TypographyOptions &opts = {});

// Whether a character format is code: fixed pitch, or a monospace family (Qt's HTML importer
// gives <code> the family "Courier New,courier" without setting fixed pitch).
bool isCodeFormat(const QTextCharFormat &format);
// Whether text with this format is left alone: links (anchors) and code.
bool isTypographyProtectedFormat(const QTextCharFormat &format);

// Applies the rules to a whole document, block by block, as one undo step. Character formats
// are kept; links and code-formatted text are skipped. Returns the number of edits made.
int applyFrenchTypography(QTextDocument *doc, const TypographyOptions &opts = {});

} // namespace Actes
