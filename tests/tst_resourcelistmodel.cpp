// The resource list model: structure (QAbstractItemModelTester), French display, sorting,
// filters passed to the repository, in-place updates, and the load time of 100,000 rows.

#include "memoryrepository.h"
#include "models/resourcelistmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Actes;
using Actes::Testing::MemoryRepository;

class TestResourceListModel : public QObject
{
    Q_OBJECT

private:
    static Resource make(const QString &title, QDate start, QDate end = {}, const QString &type = {},
                         bool isPrivate = false, Status status = Status::Draft)
    {
        Resource r;
        r.title = title;
        r.dateStart = start;
        r.dateEnd = end.isValid() ? end : start;
        r.type = type;
        r.isPrivate = isPrivate;
        r.privateConfirmed = true;
        r.status = status;
        return r;
    }

    static void fill(MemoryRepository &repo)
    {
        repo.createResource(make(QStringLiteral("Séminaire PTCE"), QDate(2016, 5, 3), QDate(2016, 5, 4),
                                 QStringLiteral("Séminaire")));
        repo.createResource(make(QStringLiteral("Œuvres et économie"), QDate(2015, 12, 15), {},
                                 QStringLiteral("Rencontre"), true));
        repo.createResource(make(QStringLiteral("économie circulaire"), QDate(2015, 6, 30), QDate(2015, 7, 2),
                                 QStringLiteral("Formation"), false, Status::Published));
        repo.createResource(make(QStringLiteral("Atelier sans date"), {}));
        repo.createResource(make(QStringLiteral("Assemblée générale 10"), QDate(2017, 3, 1)));
        repo.createResource(make(QStringLiteral("Assemblée générale 9"), QDate(2014, 3, 1)));
    }

    static QStringList column(const ResourceListModel &model, int col)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, col).data().toString();
        return out;
    }

private slots:
    void modelTester()
    {
        MemoryRepository repo;
        fill(repo);
        ResourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRepository(&repo);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(ResourceListModel::ColumnCount));
        model.sort(ResourceListModel::TitleColumn, Qt::AscendingOrder);
        model.sort(ResourceListModel::TypeColumn, Qt::DescendingOrder);
        ResourceFilter filter;
        filter.year = 2015;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 6);
    }

    void displaysFrenchDatesAndLock()
    {
        MemoryRepository repo;
        fill(repo);
        ResourceListModel model;
        model.setRepository(&repo);
        // Default order: newest event first, unknown dates last.
        QCOMPARE(column(model, ResourceListModel::TitleColumn),
                 QStringList({QStringLiteral("Assemblée générale 10"), QStringLiteral("Séminaire PTCE"),
                              QStringLiteral("Œuvres et économie"), QStringLiteral("économie circulaire"),
                              QStringLiteral("Assemblée générale 9"), QStringLiteral("Atelier sans date")}));
        const QStringList dates = column(model, ResourceListModel::DateColumn);
        QCOMPARE(dates.at(0), QStringLiteral("1er mars 2017"));
        QCOMPARE(dates.at(1), QStringLiteral("3 et 4 mai 2016"));
        QCOMPARE(dates.at(2), QStringLiteral("15 décembre 2015"));
        QCOMPARE(dates.at(3), QStringLiteral("30 juin – 2 juillet 2015"));
        QCOMPARE(dates.at(5), QString());

        const int privateRow = model.rowOfId(2);
        QVERIFY(model.index(privateRow, 0).data(ResourceListModel::PrivateRole).toBool());
        QVERIFY(!model.index(privateRow, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model.index(model.rowOfId(1), 0).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(privateRow, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("private")));
        QCOMPARE(model.index(model.rowOfId(3), ResourceListModel::StatusColumn).data().toString(),
                 statusLabel(Status::Published));
    }

    // A resource whose privacy nobody confirmed is kept out of every public channel: the list
    // shows it with its own lock and says why, so that nobody takes it for a public one.
    void marksUnconfirmedPrivacy()
    {
        MemoryRepository repo;
        Resource confirmed = make(QStringLiteral("Forum confirmé"), QDate(2016, 5, 3));
        Resource unconfirmed = make(QStringLiteral("Forum à confirmer"), QDate(2016, 5, 4));
        unconfirmed.privateConfirmed = false;
        Resource privateOne = make(QStringLiteral("Bureau"), QDate(2016, 5, 5), {}, {}, true);
        const qint64 confirmedId = repo.createResource(confirmed).id;
        const qint64 unconfirmedId = repo.createResource(unconfirmed).id;
        const qint64 privateId = repo.createResource(privateOne).id;
        ResourceListModel model;
        model.setRepository(&repo);

        const QModelIndex publicIndex = model.index(model.rowOfId(confirmedId), ResourceListModel::TitleColumn);
        const QModelIndex unconfirmedIndex = model.index(model.rowOfId(unconfirmedId), ResourceListModel::TitleColumn);
        const QModelIndex privateIndex = model.index(model.rowOfId(privateId), ResourceListModel::TitleColumn);
        QVERIFY(publicIndex.data(Qt::DecorationRole).isNull());
        const QIcon unconfirmedIcon = unconfirmedIndex.data(Qt::DecorationRole).value<QIcon>();
        const QIcon privateIcon = privateIndex.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!unconfirmedIcon.isNull());
        QVERIFY(unconfirmedIcon.cacheKey() != privateIcon.cacheKey());
        QVERIFY2(unconfirmedIndex.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not confirmed")),
                 qPrintable(unconfirmedIndex.data(Qt::ToolTipRole).toString()));
        QCOMPARE(unconfirmedIndex.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Forum à confirmer, privacy not confirmed"));
        QCOMPARE(publicIndex.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Forum confirmé"));
    }

    void sortsByTitleWithFrenchCollation()
    {
        MemoryRepository repo;
        fill(repo);
        ResourceListModel model;
        model.setRepository(&repo);
        model.sort(ResourceListModel::TitleColumn, Qt::AscendingOrder);
        // Accents and case do not push "économie" after "Z", Œ sorts as OE, 9 before 10.
        QCOMPARE(column(model, ResourceListModel::TitleColumn),
                 QStringList({QStringLiteral("Assemblée générale 9"), QStringLiteral("Assemblée générale 10"),
                              QStringLiteral("Atelier sans date"), QStringLiteral("économie circulaire"),
                              QStringLiteral("Œuvres et économie"), QStringLiteral("Séminaire PTCE")}));
        model.sort(ResourceListModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Séminaire PTCE"));

        model.sort(ResourceListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, 0).first(), QStringLiteral("Assemblée générale 9"));
        QCOMPARE(column(model, 0).last(), QStringLiteral("Atelier sans date"));   // unknown dates last

        // The sort order survives a reload.
        model.sort(ResourceListModel::TitleColumn, Qt::AscendingOrder);
        model.reload();
        QCOMPARE(column(model, 0).first(), QStringLiteral("Assemblée générale 9"));
    }

    void sortKeepsPersistentIndexes()
    {
        MemoryRepository repo;
        fill(repo);
        ResourceListModel model;
        model.setRepository(&repo);
        const QPersistentModelIndex p(model.index(model.rowOfId(3), 0));
        model.sort(ResourceListModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(p.isValid());
        QCOMPARE(p.data(ResourceListModel::IdRole).toLongLong(), 3);
    }

    void filtersGoToTheRepository()
    {
        MemoryRepository repo;
        fill(repo);
        ResourceListModel model;
        model.setRepository(&repo);

        ResourceFilter filter;
        filter.isPrivate = true;
        model.setFilter(filter);
        QCOMPARE(column(model, 0), QStringList{QStringLiteral("Œuvres et économie")});

        filter = {};
        filter.type = QStringLiteral("Formation");
        model.setFilter(filter);
        QCOMPARE(column(model, 0), QStringList{QStringLiteral("économie circulaire")});

        filter = {};
        filter.status = Status::Published;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);

        filter = {};
        filter.searchText = QStringLiteral("economie");   // no accent typed
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);

        repo.moveToTrash({1});
        model.setFilter({});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOfId(1), -1);
        filter = {};
        filter.trash = true;
        model.setFilter(filter);
        QCOMPARE(column(model, 0), QStringList{QStringLiteral("Séminaire PTCE")});
    }

    void updateSummaryInPlace()
    {
        MemoryRepository repo;
        fill(repo);
        ResourceListModel model;
        model.setRepository(&repo);
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        ResourceSummary s = model.summaryAt(model.rowOfId(1));
        s.title = QStringLiteral("Retours sur le séminaire « PTCE »");
        const int calls = repo.listCalls;
        model.updateSummary(s);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(repo.listCalls, calls);   // no query
        QCOMPARE(model.index(model.rowOfId(1), 0).data().toString(), s.title);
    }

    void reportsLoadFailure()
    {
        class FailingRepository : public MemoryRepository
        {
        public:
            QList<ResourceSummary> listResources(const ResourceFilter &) const override
            {
                throw LibraryError(LibraryError::Kind::Corrupt, QStringLiteral("The library /x is damaged."));
            }
        } repo;
        ResourceListModel model;
        QSignalSpy spy(&model, &ResourceListModel::loadFailed);
        model.setRepository(&repo);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("The library /x is damaged."));
        QCOMPARE(model.rowCount(), 0);
    }

    void hundredThousandRows()
    {
        MemoryRepository repo;
        QList<Resource> many;
        many.reserve(100000);
        const QStringList words{QStringLiteral("Séminaire"), QStringLiteral("Rencontre"), QStringLiteral("Atelier"),
                                QStringLiteral("Économie"), QStringLiteral("Œuvre"), QStringLiteral("Forum")};
        for (int i = 0; i < 100000; ++i) {
            Resource r;
            r.title = QStringLiteral("%1 %2 n°%3").arg(words.at(i % 6), words.at((i / 6) % 6)).arg(i);
            r.dateStart = QDate(2000, 1, 1).addDays(i % 7000);
            r.dateEnd = r.dateStart;
            r.type = words.at(i % 3);
            r.isPrivate = i % 10 == 0;
            many.append(r);
        }
        repo.addMany(many);

        ResourceListModel model;
        QElapsedTimer timer;
        timer.start();
        const QList<ResourceSummary> direct = repo.listResources({});
        const qint64 queryMs = timer.restart();
        model.setRepository(&repo);
        const qint64 loadMs = timer.restart();
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(repo.listCalls, 2);                   // one query for the model, none per row
        model.sort(ResourceListModel::TitleColumn, Qt::AscendingOrder);
        const qint64 sortMs = timer.restart();
        for (int row = 0; row < 50; ++row)             // what a view shows on screen
            for (int col = 0; col < model.columnCount(); ++col)
                model.index(row, col).data();
        const qint64 dataMs = timer.elapsed();
        qInfo("100k rows: repository listing %lld ms, model load %lld ms (listing + sort keys + sort), "
              "title sort %lld ms, first screen %lld ms",
              queryMs, loadMs, sortMs, dataMs);
        QCOMPARE(repo.listCalls, 2);
        QVERIFY2(loadMs < 5000, "loading 100,000 rows must stay well under a few seconds");
        QVERIFY2(sortMs < 3000, "sorting 100,000 rows must stay interactive");
        QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("Atelier Atelier")));
    }
};

QTEST_MAIN(TestResourceListModel)
#include "tst_resourcelistmodel.moc"
