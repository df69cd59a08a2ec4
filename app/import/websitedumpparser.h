#pragma once

#include "domain/resource.h"
#include "review/documentmentions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Actes {

// One resource read from the website's text dump (what Actes imports; not the site export it writes).
struct ParsedResource
{
    QString title;
    QString type;                 // value after "Type de ressource"; empty when absent
    bool isPrivate = false;
    bool privateConfirmed = false; // true when the export said "Oui" or "Non"
    QString summaryHtml;          // clean HTML subset: <p>, <br>, <ul><li>
    QString bodyHtml;
    QDate dateStart;              // from the title; invalid when the title holds no date
    QDate dateEnd;
    bool needsReview = false;     // a boundary or a value had to be guessed
    QString reviewNote;           // translated sentences saying what was guessed
    int titleLine = 0;            // 1-based line of the title in the file, for messages
    // The sentences of the summary and body that point to a document ("Retrouvez le
    // diaporama…", "Téléchargez le programme"): documents to attach (DocumentMentions).
    QList<DocumentMention> documents;

    // A new Resource carrying the imported fields (status Draft, everything else empty).
    Resource toResource() const;

    friend bool operator==(const ParsedResource &, const ParsedResource &) = default;
};

struct WebsiteDumpParseResult
{
    QList<ParsedResource> resources;
    QString error;                // translated sentence; empty on success
    QString encoding;             // "UTF-8", "UTF-16" or "Windows-1252": how the bytes were read

    bool ok() const { return error.isEmpty(); }
};

// Reads the plain-text export of the network's website (Drupal "copy as text"):
//
//   [preamble: site name...]
//   Title
//   body paragraphs (blank-line separated; lines starting with "-" are list items)
//   Type de ressource / <type>
//   Ressource privée / Oui|Non          (optional)
//   Résumé
//   summary paragraphs (the website repeats the beginning of the body, maybe truncated "...")
//   Next title ...
//
// The summary/next-title boundary is not marked, so two independent clues are combined: the
// summary paragraphs match the body's paragraphs in order, and the next resource's own summary
// matches the beginning of its body (so the next title is the paragraph just before). When they
// disagree, or only a fallback applied, the most plausible title (a short single line) is chosen
// and the resources concerned are marked needsReview with a note.
//
// Encoding: UTF-8 (BOM optional), UTF-16 with a BOM; bytes that are not valid UTF-8 are read as
// Windows-1252 (the encoding of exports re-saved by older Windows editors), and `encoding` says so.
// Files with NUL bytes or other control characters, empty files and files holding no resource
// (random text, JSON...) are refused with a message.
class WebsiteDumpParser
{
    Q_DECLARE_TR_FUNCTIONS(Actes::WebsiteDumpParser)
public:
    static WebsiteDumpParseResult parse(const QByteArray &data);

    // The HTML the parser produces for plain-text paragraphs (exposed for tests and tools):
    // one <p> per paragraph, line breaks as <br>, runs of "-" lines as <ul><li>, & < > escaped.
    static QString paragraphsToHtml(const QList<QStringList> &paragraphs);
};

} // namespace Actes
