#include "models/resourcelistmodel.h"

#include "domain/publicity.h"
#include "import/frenchdate.h"
#include "library/presencetracker.h"
#include "storage/libraryerror.h"

#include <QCollator>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace Actes {

namespace {

// The lock of a private resource; a grey one for a resource whose privacy nobody confirmed,
// which every public channel treats as private too.
QIcon makeLockIcon(const QColor &colour)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, 3.5));
    p.setBrush(Qt::NoBrush);
    QPainterPath shackle;
    shackle.moveTo(10, 15);
    shackle.lineTo(10, 10);
    shackle.arcTo(10, 3, 12, 14, 180, -180);
    shackle.lineTo(22, 15);
    p.drawPath(shackle);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(6, 14, 20, 15), 3, 3);
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(16, 21), 2.5, 2.5);
    return QIcon(pixmap);
}

// A pencil: someone else is editing the resource.
QIcon makePencilIcon()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(16, 16);
    p.rotate(45);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xc2, 0x6a, 0x00));
    p.drawRoundedRect(QRectF(-4.5, -14, 9, 20), 1.5, 1.5);
    QPainterPath tip;
    tip.moveTo(-4.5, 7);
    tip.lineTo(4.5, 7);
    tip.lineTo(0, 14);
    tip.closeSubpath();
    p.setBrush(QColor(0x5a, 0x3a, 0x10));
    p.drawPath(tip);
    return QIcon(pixmap);
}

QCollator titleCollator()
{
    QCollator collator(QLocale(QLocale::French, QLocale::France));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    collator.setIgnorePunctuation(false);
    return collator;
}

} // namespace

ResourceListModel::ResourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ResourceListModel::~ResourceListModel() = default;

void ResourceListModel::setRepository(ResourceRepository *repository)
{
    m_repository = repository;
    reload();
}

void ResourceListModel::setFilter(const ResourceFilter &filter)
{
    m_filter = filter;
    reload();
}

ResourceListModel::Row ResourceListModel::makeRow(const ResourceSummary &summary) const
{
    static const QCollator collator = titleCollator();
    return Row{summary, collator.sortKey(summary.title), QString()};
}

const QString &ResourceListModel::dateTextOf(const Row &row)
{
    if (row.dateText.isEmpty() && row.summary.dateStart.isValid())
        row.dateText = formatFrenchDateRange({row.summary.dateStart, row.summary.dateEnd});
    return row.dateText;
}

bool ResourceListModel::reload()
{
    QList<ResourceSummary> list;
    bool ok = true;
    if (m_repository) {
        try {
            list = m_repository->listResources(m_filter);
        } catch (const LibraryError &error) {
            ok = false;
            emit loadFailed(error.message());
        }
    }
    if (!ok)
        return false;

    beginResetModel();
    m_rows.clear();
    m_rows.reserve(size_t(list.size()));
    for (const ResourceSummary &s : std::as_const(list))
        m_rows.push_back(makeRow(s));
    sortRows();
    endResetModel();
    emit reloaded();
    return true;
}

void ResourceListModel::sortRows()
{
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // "less" in ascending terms; descending reverses it, but unknown dates stay last
    // and ties always fall back to title then id, so the order is total and stable.
    auto titleCompare = [](const Row &a, const Row &b) {
        const int c = a.titleKey.compare(b.titleKey);
        if (c != 0)
            return c;
        return a.summary.id < b.summary.id ? -1 : (a.summary.id > b.summary.id ? 1 : 0);
    };
    auto dateCompare = [](const Row &a, const Row &b) {
        if (a.summary.dateStart != b.summary.dateStart)
            return a.summary.dateStart < b.summary.dateStart ? -1 : 1;
        if (a.summary.dateEnd != b.summary.dateEnd)
            return a.summary.dateEnd < b.summary.dateEnd ? -1 : 1;
        return 0;
    };
    auto textCompare = [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b);
    };

    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        int c = 0;
        switch (column) {
        case DateColumn: {
            const bool aValid = a.summary.dateStart.isValid();
            const bool bValid = b.summary.dateStart.isValid();
            if (aValid != bValid)
                return aValid;                 // unknown dates last in both orders
            c = dateCompare(a, b);
            if (c != 0)
                return descending ? c > 0 : c < 0;
            return titleCompare(a, b) < 0;     // ties: title ascending
        }
        case TypeColumn:
            c = textCompare(a.summary.type, b.summary.type);
            break;
        case StatusColumn:
            c = int(a.summary.status) - int(b.summary.status);
            break;
        case TitleColumn:
        default:
            c = titleCompare(a, b);
            return descending ? c > 0 : c < 0;
        }
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return titleCompare(a, b) < 0;
    });
    rebuildIndex();
}

void ResourceListModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows[i].summary.id, int(i));
}

void ResourceListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(index.isValid() ? idAt(index.row()) : 0);
    sortRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOfId(ids.at(i));
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int ResourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const ResourceSummary &s = row.summary;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return s.title.isEmpty() ? tr("(untitled)") : s.title;
        case DateColumn: return dateTextOf(row);
        case TypeColumn: return s.type;
        case StatusColumn: return statusLabel(s.status);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && m_editors.contains(s.id)) {
            if (m_editingIcon.isNull())
                m_editingIcon = makePencilIcon();
            return m_editingIcon;
        }
        if (index.column() == TitleColumn) {
            switch (publicity(s)) {
            case Publicity::Public: break;
            case Publicity::Private:
                if (m_lockIcon.isNull())
                    m_lockIcon = makeLockIcon(QColor(0x8a, 0x4b, 0x08));
                return m_lockIcon;
            case Publicity::Unconfirmed:
                if (m_unconfirmedIcon.isNull())
                    m_unconfirmedIcon = makeLockIcon(QColor(0x80, 0x80, 0x80));
                return m_unconfirmedIcon;
            }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            QString tip = s.title;
            if (s.isPrivate)
                tip = tr("%1 (private: not published)").arg(tip);
            else if (publicity(s) == Publicity::Unconfirmed)
                tip = tr("%1 (privacy not confirmed: not published until someone confirms it)").arg(tip);
            if (s.needsReview)
                tip = tr("%1 — to be checked after import").arg(tip);
            if (m_editors.contains(s.id))
                tip = PresenceTracker::editingText(m_editors.value(s.id)) + u'\n' + tip;
            return tip;
        }
        if (index.column() == DateColumn && s.dateStart.isValid())
            return dateTextOf(row);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == TitleColumn) {
            QString text;
            switch (publicity(s)) {
            case Publicity::Public: text = s.title; break;
            case Publicity::Private: text = tr("%1, private").arg(s.title); break;
            case Publicity::Unconfirmed: text = tr("%1, privacy not confirmed").arg(s.title); break;
            }
            if (m_editors.contains(s.id))
                text = tr("%1, %2", "title, who is editing").arg(text, PresenceTracker::editingText(m_editors.value(s.id)));
            return text;
        }
        break;
    case Qt::FontRole:
        break;
    case EditorsRole:
        return m_editors.value(s.id);
    case IdRole:
        return s.id;
    case PrivateRole:
        return s.isPrivate;
    case SortRole:
        switch (index.column()) {
        case TitleColumn: return s.title;
        case DateColumn: return s.dateStart;
        case TypeColumn: return s.type;
        case StatusColumn: return int(s.status);
        }
        break;
    }
    return {};
}

QVariant ResourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Title");
    case DateColumn: return tr("Event date");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    }
    return {};
}

qint64 ResourceListModel::idAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].summary.id : 0;
}

int ResourceListModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

const ResourceSummary &ResourceListModel::summaryAt(int row) const
{
    Q_ASSERT(row >= 0 && size_t(row) < m_rows.size());
    return m_rows[size_t(row)].summary;
}

QList<ResourceSummary> ResourceListModel::summaries() const
{
    QList<ResourceSummary> list;
    list.reserve(qsizetype(m_rows.size()));
    for (const Row &row : m_rows)
        list.append(row.summary);
    return list;
}

void ResourceListModel::updateSummary(const ResourceSummary &summary)
{
    const int row = rowOfId(summary.id);
    if (row < 0)
        return;
    m_rows[size_t(row)] = makeRow(summary);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ResourceListModel::setEditors(const QHash<qint64, QStringList> &editors)
{
    if (editors == m_editors)
        return;
    QList<qint64> touched = m_editors.keys();
    for (auto it = editors.cbegin(); it != editors.cend(); ++it) {
        if (m_editors.value(it.key()) != it.value())
            touched.append(it.key());
    }
    m_editors = editors;
    for (qint64 id : std::as_const(touched)) {
        const int row = rowOfId(id);
        if (row >= 0)
            emit dataChanged(index(row, TitleColumn), index(row, TitleColumn));
    }
}

} // namespace Actes
