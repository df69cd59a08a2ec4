#include "review/historypanel.h"

#include "dialogs/prompts.h"
#include "library/library.h"

#include "review/comparedialog.h"
#include "review/reviewstyle.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

enum Role {
    HeadRole = Qt::UserRole + 1,    // bold start of the first line ("Revision 4", "Draft → Approved")
    HeadExtraRole,                  // rest of the first line (date, author)
    DetailRole,                     // second line, muted, wrapped
    CommentRole,                    // third line, italic, wrapped (status comments)
    StatusRole,                     // int(Status) for a badge at the right, -1 for none
    ApprovedRole,                   // bool: the approved mark
    RevisionIdRole,
};

constexpr int Pad = 7;
constexpr int LineGap = 2;

// Two or three lines per entry, wrapped to the width of the dock, with a status badge.
class HistoryDelegate final : public QStyledItemDelegate
{
public:
    explicit HistoryDelegate(QListWidget *list)
        : QStyledItemDelegate(list), m_list(list)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = std::max(120, m_list->viewport()->width());
        const QRect text(0, 0, width - 2 * Pad, 100000);
        const QFont base = option.font;
        int height = Pad + QFontMetrics(boldFont(base)).height();
        const QString detail = index.data(DetailRole).toString();
        if (!detail.isEmpty())
            height += LineGap + QFontMetrics(base).boundingRect(text, Qt::TextWordWrap, detail).height();
        const QString comment = index.data(CommentRole).toString();
        if (!comment.isEmpty())
            height += LineGap + QFontMetrics(italicFont(base)).boundingRect(text, Qt::TextWordWrap, comment).height();
        return QSize(width, height + Pad);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.features &= ~QStyleOptionViewItem::HasDecoration;
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QColor textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = textColor;
        if (!selected)
            muted = opt.palette.color(QPalette::PlaceholderText);

        painter->save();
        const QRect area = opt.rect.adjusted(Pad, Pad, -Pad, -Pad);
        int right = area.right();

        // Status badge and approved mark at the right of the first line.
        const QFont base = opt.font;
        const QFontMetrics fm(base);
        const int lineHeight = QFontMetrics(boldFont(base)).height();
        const int statusValue = index.data(StatusRole).isValid() ? index.data(StatusRole).toInt() : -1;
        if (statusValue >= 0) {
            const auto status = Status(statusValue);
            QFont small = base;
            small.setPointSizeF(base.pointSizeF() * 0.85);
            const QFontMetrics sfm(small);
            const QString label = statusLabel(status);
            const int w = sfm.horizontalAdvance(label) + 14;
            const QRect badge(right - w + 1, area.top() + (lineHeight - sfm.height() - 2) / 2, w, sfm.height() + 2);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(ReviewStyle::statusColor(status));
            painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
            painter->setFont(small);
            painter->setPen(ReviewStyle::statusTextColor(status));
            painter->drawText(badge, Qt::AlignCenter, label);
            right = badge.left() - 6;
        }
        if (index.data(ApprovedRole).toBool()) {
            const int s = 16;
            const QRect mark(right - s + 1, area.top() + (lineHeight - s) / 2, s, s);
            ReviewStyle::approvedIcon().paint(painter, mark);
            right = mark.left() - 6;
        }

        // First line: bold head, then the rest, elided before the badge.
        const QString head = index.data(HeadRole).toString();
        const QString extra = index.data(HeadExtraRole).toString();
        const QFont bold = boldFont(base);
        painter->setFont(bold);
        painter->setPen(textColor);
        const int headWidth = std::min(QFontMetrics(bold).horizontalAdvance(head), right - area.left());
        painter->drawText(QRect(area.left(), area.top(), headWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(head, Qt::ElideRight, headWidth));
        if (!extra.isEmpty()) {
            painter->setFont(base);
            painter->setPen(muted);
            const int x = area.left() + headWidth + fm.horizontalAdvance(u' ');
            const QString shown = fm.elidedText(u"· "_s + extra, Qt::ElideRight, std::max(0, right - x));
            painter->drawText(QRect(x, area.top(), std::max(0, right - x), lineHeight),
                              Qt::AlignLeft | Qt::AlignVCenter, shown);
        }

        int y = area.top() + lineHeight;
        const QString detail = index.data(DetailRole).toString();
        if (!detail.isEmpty()) {
            y += LineGap;
            painter->setFont(base);
            painter->setPen(muted);
            const QRect r = fm.boundingRect(QRect(area.left(), y, area.width(), 100000), Qt::TextWordWrap, detail);
            painter->drawText(QRect(area.left(), y, area.width(), r.height()), Qt::TextWordWrap, detail);
            y += r.height();
        }
        const QString comment = index.data(CommentRole).toString();
        if (!comment.isEmpty()) {
            y += LineGap;
            const QFont italic = italicFont(base);
            painter->setFont(italic);
            painter->setPen(textColor);
            const QFontMetrics ifm(italic);
            const QRect r = ifm.boundingRect(QRect(area.left(), y, area.width(), 100000), Qt::TextWordWrap, comment);
            painter->drawText(QRect(area.left(), y, area.width(), r.height()), Qt::TextWordWrap, comment);
        }
        painter->restore();
    }

private:
    static QFont boldFont(QFont font)
    {
        font.setBold(true);
        return font;
    }
    static QFont italicFont(QFont font)
    {
        font.setItalic(true);
        return font;
    }

    QListWidget *m_list = nullptr;
};

QListWidget *makeList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setItemDelegate(new HistoryDelegate(list));
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setResizeMode(QListView::Adjust);
    list->setUniformItemSizes(false);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setAlternatingRowColors(true);
    return list;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
{
    m_revisionsTitle = sectionTitle(this);
    m_statusTitle = sectionTitle(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_revisionList = makeList(this);
    m_revisionList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_statusList = makeList(this);
    m_statusList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_revisionsTitle->setBuddy(m_revisionList);
    m_statusTitle->setBuddy(m_statusList);

    m_compareButton = new QPushButton(this);
    m_sinceApprovedButton = new QPushButton(this);
    m_restoreButton = new QPushButton(this);
    m_sinceApprovedButton->setIcon(ReviewStyle::approvedIcon());

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(4);
    topLayout->addWidget(m_revisionsTitle);
    topLayout->addWidget(m_revisionList, 1);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_compareButton);
    row1->addWidget(m_restoreButton);
    topLayout->addLayout(row1);
    topLayout->addWidget(m_sinceApprovedButton);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 6, 0, 0);
    bottomLayout->setSpacing(4);
    bottomLayout->addWidget(m_statusTitle);
    bottomLayout->addWidget(m_statusList, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_revisionList, &QListWidget::itemSelectionChanged, this, &HistoryPanel::updateButtons);
    connect(m_revisionList, &QListWidget::itemActivated, this, [this] {
        if (selectedRevisions().size() <= 2)
            compareSelected();
    });
    connect(m_compareButton, &QPushButton::clicked, this, &HistoryPanel::compareSelected);
    connect(m_sinceApprovedButton, &QPushButton::clicked, this, &HistoryPanel::compareSinceApproved);
    connect(m_restoreButton, &QPushButton::clicked, this, &HistoryPanel::restoreSelected);

    retranslateUi();
    updateButtons();
}

void HistoryPanel::setRepository(ResourceRepository *repository)
{
    m_repository = repository;
    m_resourceId = 0;
    refresh();
}

void HistoryPanel::setLibrary(Library *library)
{
    connect(library, &Library::resourcesChanged, this, [this](const QList<qint64> &ids) {
        if (m_resourceId && (ids.isEmpty() || ids.contains(m_resourceId)))
            refresh();
    });
    connect(library, &Library::statusChanged, this, [this](qint64 id) {
        if (id == m_resourceId)
            refresh();
    });
    connect(library, &Library::externalChange, this, [this] {
        if (m_resourceId)
            refresh();
    });
}

void HistoryPanel::setResourceId(qint64 id)
{
    m_resourceId = id;
    refresh();
}

void HistoryPanel::setCurrentContentProvider(std::function<std::optional<Resource>()> provider)
{
    m_currentProvider = std::move(provider);
}

bool HistoryPanel::confirmRestore(const RevisionInfo &revision)
{
    Prompts::Question question;
    question.title = tr("Restore a revision");
    question.text = tr("Restore revision %1 of %2?").arg(revision.number).arg(dateTimeText(revision.at));
    question.informativeText = tr("The text and metadata of the resource are replaced by those of that revision; "
                                  "its status stays as it is. The current version is kept in the history, so "
                                  "you can come back to it.");
    question.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    question.defaultButton = QMessageBox::Cancel;
    question.buttonTexts.insert(QMessageBox::Yes, tr("Restore"));
    return Prompts::ask(this, question).button == QMessageBox::Yes;
}

void HistoryPanel::refresh()
{
    const QList<qint64> selected = [this] {
        QList<qint64> ids;
        for (const RevisionInfo &r : selectedRevisions())
            ids << r.id;
        return ids;
    }();
    m_revisions.clear();
    m_statusChanges.clear();
    m_lastApproved.reset();
    m_message->setVisible(false);
    if (m_repository && m_resourceId != 0) {
        try {
            m_revisions = m_repository->revisions(m_resourceId);
            m_statusChanges = m_repository->statusHistory(m_resourceId);
            m_lastApproved = m_repository->lastApprovedRevision(m_resourceId);
            m_memberNames.clear();   // a submission names its reviewer by login; people read names
            for (const Member &member : m_repository->members())
                m_memberNames.insert(member.login, member.displayName());
        } catch (const LibraryError &error) {
            showError(error.message());
        }
    }
    fillLists();
    selectRevisions(selected);
    updateButtons();
}

QString HistoryPanel::dateTimeText(const QDateTime &utc) const
{
    return locale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString HistoryPanel::revisionCaption(const RevisionInfo &revision) const
{
    return revision.author.isEmpty()
        ? tr("Revision %1, %2").arg(revision.number).arg(dateTimeText(revision.at))
        : tr("Revision %1, %2 (%3)").arg(revision.number).arg(dateTimeText(revision.at), revision.author);
}

void HistoryPanel::fillLists()
{
    m_revisionList->clear();
    m_statusList->clear();
    for (const RevisionInfo &revision : std::as_const(m_revisions)) {
        QStringList fields;
        for (const QString &key : revision.changedFields)
            fields << RevisionFields::label(key);
        QString detail;
        switch (revision.cause) {
        case RevisionCause::Restore:
            detail = fields.isEmpty() ? tr("Revision %1 restored.").arg(revision.restoredFrom)
                                      : tr("Revision %1 restored: %2.").arg(revision.restoredFrom)
                                            .arg(QLocale().createSeparatedList(fields));
            break;
        default:
            detail = fields.isEmpty() ? tr("%1.", "cause of a revision").arg(revisionCauseLabel(revision.cause))
                                      : tr("%1: %2.", "cause of a revision: changed fields")
                                            .arg(revisionCauseLabel(revision.cause),
                                                 QLocale().createSeparatedList(fields));
            break;
        }
        const QString when = dateTimeText(revision.at);
        const QString extra = revision.author.isEmpty() ? when : tr("%1 · %2", "date · author").arg(when, revision.author);
        auto *item = new QListWidgetItem(m_revisionList);
        item->setData(HeadRole, tr("Revision %1").arg(revision.number));
        item->setData(HeadExtraRole, extra);
        item->setData(DetailRole, detail);
        item->setData(StatusRole, int(revision.status));
        item->setData(ApprovedRole, revision.approved);
        item->setData(RevisionIdRole, revision.id);
        // What a screen reader says (the delegate paints the roles above).
        QString spoken = revision.author.isEmpty()
            ? tr("Revision %1, %2, status %3. %4").arg(revision.number).arg(when, statusLabel(revision.status), detail)
            : tr("Revision %1, %2, by %3, status %4. %5")
                  .arg(revision.number)
                  .arg(when, revision.author, statusLabel(revision.status), detail);
        if (revision.approved)
            spoken += u' ' + tr("Approved version.");
        item->setData(Qt::DisplayRole, spoken);
        item->setToolTip(revision.approved ? tr("%1\nAn approved version: kept forever.").arg(spoken) : spoken);
    }
    for (const StatusChange &change : std::as_const(m_statusChanges)) {
        auto *item = new QListWidgetItem(m_statusList);
        const QString head = tr("%1 → %2", "status change").arg(statusLabel(change.from), statusLabel(change.to));
        const QString when = dateTimeText(change.at);
        item->setData(HeadRole, head);
        item->setData(HeadExtraRole, change.author.isEmpty() ? when : tr("%1 · %2", "date · author").arg(when, change.author));
        QStringList notes;
        const QString reviewer = m_memberNames.value(change.reviewer, change.reviewer);
        if (!change.reviewer.isEmpty())
            notes.append(tr("Review requested from %1.").arg(reviewer));
        if (!change.comment.isEmpty())
            notes.append(tr("“%1”").arg(change.comment));
        item->setData(CommentRole, notes.join(u' '));
        item->setData(StatusRole, int(change.to));
        QString spoken = change.comment.isEmpty() ? tr("%1, %2, by %3.").arg(head, when, change.author)
                                                  : tr("%1, %2, by %3: %4").arg(head, when, change.author, change.comment);
        if (!change.reviewer.isEmpty())
            spoken += u' ' + tr("Review requested from %1.").arg(reviewer);
        item->setData(Qt::DisplayRole, spoken);
    }
    if (m_resourceId == 0) {
        m_revisionList->setToolTip(tr("Open a resource to see its history."));
    } else {
        m_revisionList->setToolTip(tr("Select two revisions and compare them, or one to compare it with the "
                                      "current version or restore it."));
    }
}

void HistoryPanel::selectRevisions(const QList<qint64> &revisionIds)
{
    const QSignalBlocker blocker(m_revisionList);
    m_revisionList->clearSelection();
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_revisionList->count(); ++row) {
        QListWidgetItem *item = m_revisionList->item(row);
        if (revisionIds.contains(item->data(RevisionIdRole).toLongLong())) {
            item->setSelected(true);
            if (!first)
                first = item;
        }
    }
    if (first)
        m_revisionList->setCurrentItem(first, QItemSelectionModel::NoUpdate);
    updateButtons();
}

QList<RevisionInfo> HistoryPanel::selectedRevisions() const
{
    QList<RevisionInfo> result;
    for (const RevisionInfo &revision : m_revisions) {
        for (QListWidgetItem *item : m_revisionList->selectedItems()) {
            if (item->data(RevisionIdRole).toLongLong() == revision.id)
                result << revision;
        }
    }
    return result;   // newest first, as listed
}

void HistoryPanel::updateButtons()
{
    const QList<RevisionInfo> selected = selectedRevisions();
    const bool hasResource = m_repository && m_resourceId != 0;
    m_compareButton->setEnabled(hasResource && (selected.size() == 1 || selected.size() == 2));
    m_compareButton->setText(selected.size() == 1 ? tr("&Compare with current") : tr("&Compare"));
    m_compareButton->setToolTip(selected.size() == 1
                                    ? tr("Compare the selected revision with the current version.")
                                    : tr("Select two revisions (Ctrl+click) to compare them, or one to compare it "
                                         "with the current version."));
    const bool newest = selected.size() == 1 && !m_revisions.isEmpty() && selected.first().id == m_revisions.first().id;
    m_restoreButton->setEnabled(hasResource && selected.size() == 1 && !newest && m_repository
                                && !m_repository->isReadOnly());
    m_restoreButton->setToolTip(newest ? tr("This revision is the current version.")
                                       : tr("Bring back the text and metadata of the selected revision "
                                            "(the current version stays in the history)."));
    m_sinceApprovedButton->setEnabled(hasResource && m_lastApproved.has_value());
    m_sinceApprovedButton->setToolTip(
        !hasResource ? tr("Open a resource to see its history.")
        : m_lastApproved ? tr("Compare the last approved version with the current version.")
                         : tr("This resource has never been approved: there is no approved version to compare "
                              "with."));
}

std::optional<Resource> HistoryPanel::currentContent() const
{
    if (m_currentProvider) {
        if (std::optional<Resource> r = m_currentProvider(); r && r->id == m_resourceId)
            return r;
    }
    return m_repository->loadResource(m_resourceId);
}

void HistoryPanel::compareSelected()
{
    const QList<RevisionInfo> selected = selectedRevisions();
    if (!m_repository || m_resourceId == 0 || selected.isEmpty() || selected.size() > 2)
        return;
    try {
        if (selected.size() == 2) {
            // Listed newest first: the second is the older one.
            const RevisionInfo &newer = selected.at(0);
            const RevisionInfo &older = selected.at(1);
            const std::optional<Resource> a = m_repository->revisionSnapshot(older.id);
            const std::optional<Resource> b = m_repository->revisionSnapshot(newer.id);
            if (!a || !b)
                return showError(tr("That revision is no longer in the library."));
            openComparison(*a, *b, revisionCaption(older), revisionCaption(newer));
        } else {
            const RevisionInfo &revision = selected.first();
            const std::optional<Resource> a = m_repository->revisionSnapshot(revision.id);
            const std::optional<Resource> b = currentContent();
            if (!a || !b)
                return showError(tr("That revision is no longer in the library."));
            openComparison(*a, *b, revisionCaption(revision), tr("Current version"));
        }
    } catch (const LibraryError &error) {
        showError(error.message());
    }
}

void HistoryPanel::compareSinceApproved()
{
    if (!m_repository || m_resourceId == 0 || !m_lastApproved)
        return;
    try {
        const std::optional<Resource> approved = m_repository->revisionSnapshot(*m_lastApproved);
        const std::optional<Resource> current = currentContent();
        if (!approved || !current)
            return showError(tr("The approved version is no longer in the library."));
        const auto it = std::find_if(m_revisions.cbegin(), m_revisions.cend(),
                                     [this](const RevisionInfo &r) { return r.id == *m_lastApproved; });
        const QString caption = it != m_revisions.cend()
            ? tr("Approved, revision %1, %2").arg(it->number).arg(dateTimeText(it->at))
            : tr("Last approved version");
        openComparison(*approved, *current, caption, tr("Current version"));
    } catch (const LibraryError &error) {
        showError(error.message());
    }
}

void HistoryPanel::restoreSelected()
{
    const QList<RevisionInfo> selected = selectedRevisions();
    if (!m_repository || selected.size() != 1 || !m_restoreButton->isEnabled())
        return;
    const RevisionInfo revision = selected.first();
    if (!confirmRestore(revision))
        return;
    emit restoreRequested(revision.id);
}

void HistoryPanel::openComparison(const Resource &older, const Resource &newer, const QString &olderCaption,
                                  const QString &newerCaption)
{
    if (!m_compareDialog) {
        m_compareDialog = new CompareDialog(window());
        m_compareDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_compareDialog->setComparison(older, newer, olderCaption, newerCaption);
    m_compareDialog->show();
    m_compareDialog->raise();
    m_compareDialog->activateWindow();
}

void HistoryPanel::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(true);
    emit statusMessage(message);
}

void HistoryPanel::retranslateUi()
{
    m_revisionsTitle->setText(tr("&Revisions"));
    m_statusTitle->setText(tr("S&tatus changes"));
    m_revisionList->setAccessibleName(tr("Revisions"));
    m_statusList->setAccessibleName(tr("Status changes"));
    m_sinceApprovedButton->setText(tr("Changes since last &approved"));
    m_restoreButton->setText(tr("Re&store this revision…"));
    m_compareButton->setAccessibleName(tr("Compare"));
    m_sinceApprovedButton->setAccessibleName(tr("Changes since last approved"));
    m_restoreButton->setAccessibleName(tr("Restore this revision"));
    fillLists();
    updateButtons();
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Actes
