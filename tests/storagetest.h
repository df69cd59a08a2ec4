#pragma once
// Helpers shared by the storage test executables (tst_storage, tst_libraryfiles).
#include "domain/resource.h"
#include "storage/libraryerror.h"
#include "storage/sqliterepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>

namespace StorageTest {

using namespace Qt::StringLiterals;
using namespace Actes;
using Kind = LibraryError::Kind;


inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

inline Resource fullResource(const QString &title)
{
    Resource r;
    r.title = title;
    r.type = u"Compte rendu"_s;
    r.isPrivate = true;
    r.privateConfirmed = true;
    r.status = Status::InReview;
    r.dateStart = QDate(2023, 11, 28);
    r.dateEnd = QDate(2023, 11, 30);
    r.place = u"Salle Œuvre — Lyon 7\u1d49"_s;
    r.attendance = 142;
    r.summaryHtml = u"<p>Résumé\u00A0: l’<strong>économie</strong> « sociale\u202F»</p>"_s;
    r.bodyHtml = u"<h2>Ouverture</h2><p>Les élu·es ont présenté l’œuvre commune.</p>"
                 u"<ul><li>un</li><li>deux</li></ul><p><img src=\"actes-image:abc\" alt=\"photo\"></p>"_s;
    r.needsReview = true;
    r.reviewNote = u"Limites du compte rendu devinées à l’import"_s;
    r.participants = {
        Participant{0, u"Anaïs Lefèvre"_s, u"Vice-présidente"_s, u"Métropole de Lyon"_s, u"Intervenant·e"_s},
        Participant{0, u"Jean-Noël Œhmichen"_s, u"Chargé de mission"_s, u"RTES"_s, u"Animateur·rice"_s},
        Participant{0, u"Zoé Ndiaye"_s, QString(), QString(), QString()},
    };
    r.partners = {
        Partner{0, u"Ville de Lyon"_s, u"Hôte"_s},
        Partner{0, u"Caisse des dépôts"_s, u"Financeur"_s},
    };
    return r;
}

// Participants as loaded carry the ids given by the repository; compare the rest.
inline QList<Participant> withoutIds(QList<Participant> list)
{
    for (Participant &p : list)
        p.personId = 0;
    return list;
}

inline QList<Partner> withoutIds(QList<Partner> list)
{
    for (Partner &p : list)
        p.organisationId = 0;
    return list;
}

// Content equality where directory ids given as 0 ("find or create") count as equal to any id.
inline bool sameContent(Resource a, Resource b)
{
    a.participants = withoutIds(a.participants);
    b.participants = withoutIds(b.participants);
    a.partners = withoutIds(a.partners);
    b.partners = withoutIds(b.partners);
    return a.sameContentAs(b);
}

#define EXPECT_LIBRARY_ERROR(statement, expectedKind)                                                     \
    do {                                                                                                 \
        bool thrown_ = false;                                                                            \
        try {                                                                                            \
            statement;                                                                                   \
        } catch (const LibraryError &error_) {                                                           \
            thrown_ = true;                                                                              \
            QVERIFY2(error_.kind() == (expectedKind), error_.what());                                    \
            QVERIFY(!error_.message().isEmpty());                                                        \
        }                                                                                                \
        QVERIFY2(thrown_, "no LibraryError thrown by " #statement);                                     \
    } while (false)

inline LibraryError::Kind kindOf(const std::function<void()> &fn, QString *message = nullptr)
{
    try {
        fn();
    } catch (const LibraryError &error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    return Kind(-1);
}


} // namespace StorageTest
