// The copy-library command: the whole library into a new or empty one, of either kind.
#include "cli/commandline.h"

#include "storage/librarycopy.h"
#include "storage/libraryerror.h"
#include "storage/libraryopener.h"
#include "storage/resourcerepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

// Ctrl-C (or TERM) during a copy cancels it at the next batch: the destination's transaction
// is rolled back, so an interrupted copy writes nothing.
volatile std::sig_atomic_t interrupted = 0;

void onInterrupt(int)
{
    interrupted = 1;
}

class InterruptGuard
{
public:
    InterruptGuard()
    {
        interrupted = 0;
        m_int = std::signal(SIGINT, onInterrupt);
        m_term = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    Q_DISABLE_COPY_MOVE(InterruptGuard)

private:
    void (*m_int)(int) = SIG_DFL;
    void (*m_term)(int) = SIG_DFL;
};

QString shownLocation(const ResourceRepository &library)
{
    const QString location = library.location();
    return LibraryLocation::isServerLocation(location) ? location : QDir::toNativeSeparators(location);
}

// A library file this command created: removed again when the copy did not complete, so that
// a failed copy leaves the destination as it was (absent).
void removeCreatedFile(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

int CommandLine::copyLibrary(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlags(args, {u"--json"_s}).contains(u"--json"_s);
    if (args.isEmpty() || args.first().trimmed().isEmpty())
        throw UsageError{tr("copy-library needs DEST, the new or empty library to copy into.")};
    if (args.size() > 1)
        throw UsageError{tr("copy-library takes one destination, not '%1'.").arg(args.at(1))};

    // The source: never created by a copy (a missing file is an error, not an empty library).
    const QString sourceLocation = LibraryLocation::resolve(m_dbPath);
    if (!LibraryLocation::isServerLocation(sourceLocation) && !QFileInfo::exists(sourceLocation)) {
        throw LibraryError(LibraryError::Kind::Io,
                           tr("The library %1 does not exist: there is nothing to copy.")
                               .arg(QDir::toNativeSeparators(sourceLocation)),
                           sourceLocation);
    }
    std::unique_ptr<ResourceRepository> source = openLibrary();

    // The destination: a file path (created when missing) or a server address.
    const bool toServer = LibraryLocation::isServerLocation(args.first());
    const QString destinationLocation = toServer ? args.first().trimmed()
                                                 : QDir::cleanPath(QDir::current().absoluteFilePath(args.first()));
    const bool createdFile = !toServer && !QFileInfo::exists(destinationLocation);
    std::unique_ptr<ResourceRepository> destination;
    LibraryCopy::Result result;
    const bool showProgress = ::isatty(STDERR_FILENO) == 1 && !json;
    bool progressShown = false;   // the progress line is on the terminal, not yet ended
    const auto endProgressLine = [&] {
        if (progressShown)
            m_err << '\n';
        progressShown = false;
    };
    try {
        destination = m_opener ? m_opener(destinationLocation) : Actes::openLibrary(destinationLocation);
        const InterruptGuard guard;
        result = LibraryCopy::copy(*source, *destination, [&, shown = -1](qint64 done, qint64 total) mutable {
            if (interrupted)
                return false;
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (showProgress && percent != shown) {
                shown = percent;
                m_err << '\r' << tr("Copying the library… %1 %").arg(percent);
                m_err.flush();
                progressShown = true;
            }
            return true;
        });
        endProgressLine();
        if (result.cancelled) {
            throw LibraryError(LibraryError::Kind::Io,
                               tr("The copy into %1 was interrupted: nothing was written.")
                                   .arg(shownLocation(*destination)),
                               destinationLocation);
        }
    } catch (...) {
        endProgressLine();
        destination.reset();
        if (createdFile)
            removeCreatedFile(destinationLocation);
        throw;
    }

    qint64 resources = 0;
    for (const LibraryCopy::TableSummary &table : result.tables) {
        if (table.table == u"resource"_s)
            resources = table.rows;
    }
    if (json) {
        QJsonArray tables;
        for (const LibraryCopy::TableSummary &table : result.tables) {
            tables.append(QJsonObject{{u"table"_s, table.table},
                                      {u"rows"_s, table.rows},
                                      {u"sha256"_s, QString::fromLatin1(table.sha256.toHex())}});
        }
        const QJsonObject report{{u"source"_s, source->location()},
                                 {u"destination"_s, destination->location()},
                                 {u"resources"_s, resources},
                                 {u"rows"_s, result.rows()},
                                 {u"verified"_s, true},
                                 {u"tables"_s, tables}};
        m_out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        return 0;
    }
    m_out << tr("Copied the library %1 into %2.").arg(shownLocation(*source), shownLocation(*destination)) << '\n';
    m_out << tr("%n resource(s), with their revisions and status history, the trash, the directory, the types, "
                "the images and the library values.",
                nullptr, int(resources))
          << '\n';
    m_out << tr("Verified before it was committed: %n row(s), counts and SHA-256 hashes equal to the original.",
                nullptr, int(result.rows()))
          << '\n';
    return 0;
}

} // namespace Actes
