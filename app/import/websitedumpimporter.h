#pragma once

#include "import/websitedumpparser.h"
#include "text/typography.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Actes {

class ResourceRepository;

// What an import did, for the user.
struct ImportReport
{
    enum class Outcome { Created, Updated, Unchanged };

    struct Line
    {
        QString source;        // file path (or the name given to importData)
        QString title;
        QDate dateStart;
        QDate dateEnd;
        Outcome outcome = Outcome::Created;
        qint64 resourceId = 0;
        bool needsReview = false;
        bool keptPrivate = false;   // private here, public in the export: kept private (warned)
        // The documents its text points to ("Retrouvez le diaporama…") that are still to be
        // attached: the kinds the resource already has an attachment of, or whose warning was
        // dismissed, are not listed.
        QList<DocumentMention> documentsToAttach;

        QString describe() const;   // translated: "Created: <title> (3 et 4 mai 2016)"
    };

    // "Slides: “Retrouvez le diaporama de présentation…”", "(members only)" when the text says
    // the document is for members; translated.
    static QString describeDocument(const DocumentMention &document);
    int documentsToAttachCount() const;

    int created = 0;
    int updated = 0;
    int unchanged = 0;
    QList<Line> lines;
    QStringList warnings;     // translated sentences: resources to review, encoding guesses...

    QString summary() const;  // translated one-line total
};

// Imports the website's text exports into a library.
//
// Every file is read and parsed before anything is written: a file that cannot be read or is
// not an export makes the whole import throw LibraryError (Kind::Io or Kind::Invalid) naming
// that file, and the library is left untouched. Then everything is written in ONE
// transaction (ResourceRepository::inTransaction): an error midway leaves the library as it
// was.
//
// Re-importing: a live resource with the same title and start date (the rule of
// ResourceRepository::findResource; for a title without a date, the only live resource with
// that exact title) is updated in place
// rather than duplicated. Only the fields the export carries are replaced (title, type,
// summary, body, dates, and the private flag when the export states it, except that a resource
// private in the library never becomes public through an import: the local choice is kept and
// reported in the warnings); status, place,
// attendance, participants and partners are kept, and a date the user set on a resource whose
// title holds none is kept. When those fields are already equal the resource is "unchanged"
// and not written (its version and review state stay as they are). Unknown resource types are
// added to the library's list of types.
class WebsiteDumpImporter
{
    Q_DECLARE_TR_FUNCTIONS(Actes::WebsiteDumpImporter)
public:
    explicit WebsiteDumpImporter(ResourceRepository &repository);

    struct Options
    {
        // Apply the French typography rules (applyFrenchTypography) to the imported title,
        // summary and body before they are compared and saved. Links are left alone. A
        // resource imported earlier with the other choice is still recognised (its title is
        // matched with and without the rules), so switching never duplicates resources.
        bool frenchTypography = false;
        TypographyOptions typography;
    };
    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }

    ImportReport importFiles(const QStringList &paths);
    ImportReport importData(const QByteArray &data, const QString &sourceName = {});

    // Files larger than this are refused before reading (a website export is a few MB).
    static constexpr qint64 kMaxFileSize = qint64(512) * 1024 * 1024;

private:
    struct Source
    {
        QString name;
        WebsiteDumpParseResult parsed;
    };

    ImportReport importParsed(const QList<Source> &sources);
    std::optional<qint64> findExisting(const ParsedResource &parsed);
    std::optional<qint64> findExisting(const QString &title, const QDate &dateStart);
    ParsedResource withTypography(const ParsedResource &parsed) const;

    void loadIndex();
    void remember(const QString &title, const QDate &dateStart, qint64 id);

    ResourceRepository &m_repository;
    Options m_options;
    // The live resources, listed once per import (one query instead of one findResource per
    // imported resource: the same rule, exact title and start date, lowest id first).
    QHash<std::pair<QString, QDate>, qint64> m_idsByKey;
    QHash<QString, QList<qint64>> m_idsByTitle;
};

} // namespace Actes
