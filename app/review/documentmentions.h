#pragma once

#include "domain/attachment.h"
#include "domain/resource.h"

#include <QList>
#include <QString>

namespace Actes {

// A sentence of a report that points to a document the reader should find with it:
// "Retrouvez le diaporama de présentation…", "Téléchargez le programme", "les actes de la
// rencontre", "quelques photos" in a list introduced by "Retrouvez ci-dessous :", "une version
// de l'étude est disponible pour les adhérents". The import lists them as documents to attach;
// the checks warn while a resource mentions a kind of document it has no attachment of.
struct DocumentMention
{
    AttachmentKind kind = AttachmentKind::Other;
    QString sentence;           // plain text, spaces simplified, without a list bullet
    bool membersOnly = false;   // the sentence says it is for members ("pour les adhérents")

    friend bool operator==(const DocumentMention &, const DocumentMention &) = default;
};

// The patterns are French (the language of the reports), matched without regard to case,
// typographic or straight apostrophes, and missing accents ("etude", "video").
class DocumentMentions
{
public:
    // The mentions of clean HTML (the summary or body of a resource), in order. A sentence
    // counts when it points somewhere ("retrouvez", "téléchargez", "consultez", "voir",
    // "disponible pour / sur / en", "publie", "ci-dessous"...) or is an item of a list whose
    // introduction does ("Retrouvez ci-dessous :"); its kind is the first kind of document it
    // names (diaporama, programme, actes, étude, photos, vidéo, or another document such as a
    // dossier, a fiche, a synthèse or a compte rendu: AttachmentKind::Other).
    static QList<DocumentMention> inHtml(const QString &html);

    // The mentions of the summary then the body, each sentence once.
    static QList<DocumentMention> inResource(const QString &summaryHtml, const QString &bodyHtml);
    static QList<DocumentMention> inResource(const Resource &resource);

    // The kind of document a piece of text names first, nullopt when it names none (exposed
    // for tests).
    static std::optional<AttachmentKind> kindNamed(const QString &text);
};

} // namespace Actes
