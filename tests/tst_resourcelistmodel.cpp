// The resource list model: structure (QAbstractItemModelTester), French display, sorting,
// filters passed to the repository, in-place updates, and the load time of 100,000 rows.

#include "memoryrepository.h"
#include "models/resourcelistmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

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
        repo.createResource(make(u"Séminaire PTCE"_s, QDate(2016, 5, 3), QDate(2016, 5, 4),
                                 u"Séminaire"_s));
        repo.createResource(make(u"Œuvres et économie"_s, QDate(2015, 12, 15), {},
                                 u"Rencontre"_s, true));
        repo.createResource(make(u"économie circulaire"_s, QDate(2015, 6, 30), QDate(2015, 7, 2),
                                 u"Formation"_s, false, Status::Published));
        repo.createResource(make(u"Atelier sans date"_s, {}));
        repo.createResource(make(u"Assemblée générale 10"_s, QDate(2017, 3, 1)));
        repo.createResource(make(u"Assemblée générale 9"_s, QDate(2014, 3, 1)));
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
                 QStringList({u"Assemblée générale 10"_s, u"Séminaire PTCE"_s,
                              u"Œuvres et économie"_s, u"économie circulaire"_s,
                              u"Assemblée générale 9"_s, u"Atelier sans date"_s}));
        const QStringList dates = column(model, ResourceListModel::DateColumn);
        QCOMPARE(dates.at(0), u"1er mars 2017"_s);
        QCOMPARE(dates.at(1), u"3 et 4 mai 2016"_s);
        QCOMPARE(dates.at(2), u"15 décembre 2015"_s);
        QCOMPARE(dates.at(3), u"30 juin – 2 juillet 2015"_s);
        QCOMPARE(dates.at(5), QString());

        const int privateRow = model.rowOfId(2);
        QVERIFY(model.index(privateRow, 0).data(ResourceListModel::PrivateRole).toBool());
        QVERIFY(!model.index(privateRow, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model.index(model.rowOfId(1), 0).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(privateRow, 0).data(Qt::ToolTipRole).toString().contains(u"private"_s));
        QCOMPARE(model.index(model.rowOfId(3), ResourceListModel::StatusColumn).data().toString(),
                 statusLabel(Status::Published));
    }

    // A resource whose privacy nobody confirmed is kept out of every public channel: the list
    // shows it with its own lock and says why, so that nobody takes it for a public one.
    void marksUnconfirmedPrivacy()
    {
        MemoryRepository repo;
        Resource confirmed = make(u"Forum confirmé"_s, QDate(2016, 5, 3));
        Resource unconfirmed = make(u"Forum à confirmer"_s, QDate(2016, 5, 4));
        unconfirmed.privateConfirmed = false;
        Resource privateOne = make(u"Bureau"_s, QDate(2016, 5, 5), {}, {}, true);
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
        QVERIFY2(unconfirmedIndex.data(Qt::ToolTipRole).toString().contains(u"not confirmed"_s),
                 qPrintable(unconfirmedIndex.data(Qt::ToolTipRole).toString()));
        QCOMPARE(unconfirmedIndex.data(Qt::AccessibleTextRole).toString(),
                 u"Forum à confirmer, privacy not confirmed"_s);
        QCOMPARE(publicIndex.data(Qt::AccessibleTextRole).toString(), u"Forum confirmé"_s);
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
                 QStringList({u"Assemblée générale 9"_s, u"Assemblée générale 10"_s,
                              u"Atelier sans date"_s, u"économie circulaire"_s,
                              u"Œuvres et économie"_s, u"Séminaire PTCE"_s}));
        model.sort(ResourceListModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), u"Séminaire PTCE"_s);

        model.sort(ResourceListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, 0).first(), u"Assemblée générale 9"_s);
        QCOMPARE(column(model, 0).last(), u"Atelier sans date"_s);   // unknown dates last

        // The sort order survives a reload.
        model.sort(ResourceListModel::TitleColumn, Qt::AscendingOrder);
        model.reload();
        QCOMPARE(column(model, 0).first(), u"Assemblée générale 9"_s);
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
        QCOMPARE(column(model, 0), QStringList{u"Œuvres et économie"_s});

        filter = {};
        filter.type = u"Formation"_s;
        model.setFilter(filter);
        QCOMPARE(column(model, 0), QStringList{u"économie circulaire"_s});

        filter = {};
        filter.status = Status::Published;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);

        filter = {};
        filter.searchText = u"economie"_s;   // no accent typed
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);

        repo.moveToTrash({1});
        model.setFilter({});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOfId(1), -1);
        filter = {};
        filter.trash = true;
        model.setFilter(filter);
        QCOMPARE(column(model, 0), QStringList{u"Séminaire PTCE"_s});
    }

    void updateSummaryInPlace()
    {
        MemoryRepository repo;
        fill(repo);
        ResourceListModel model;
        model.setRepository(&repo);
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        ResourceSummary s = model.summaryAt(model.rowOfId(1));
        s.title = u"Retours sur le séminaire « PTCE »"_s;
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
                throw LibraryError(LibraryError::Kind::Corrupt, u"The library /x is damaged."_s);
            }
        } repo;
        ResourceListModel model;
        QSignalSpy spy(&model, &ResourceListModel::loadFailed);
        model.setRepository(&repo);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"The library /x is damaged."_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void hundredThousandRows()
    {
        MemoryRepository repo;
        QList<Resource> many;
        many.reserve(100000);
        const QStringList words{u"Séminaire"_s, u"Rencontre"_s, u"Atelier"_s,
                                u"Économie"_s, u"Œuvre"_s, u"Forum"_s};
        for (int i = 0; i < 100000; ++i) {
            Resource r;
            r.title = u"%1 %2 n°%3"_s.arg(words.at(i % 6), words.at((i / 6) % 6)).arg(i);
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
        QVERIFY(model.index(0, 0).data().toString().startsWith(u"Atelier Atelier"_s));
    }
};

QTEST_MAIN(TestResourceListModel)
#include "tst_resourcelistmodel.moc"
