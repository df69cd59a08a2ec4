#include "export/exportdialog.h"

#include "dialogs/prompts.h"
#include "domain/publicity.h"
#include "export/preloadedimages.h"
#include "export/printsupport.h"
#include "export/proceedingsdates.h"
#include "export/proceedingsexporter.h"
#include "export/proceedingsjob.h"
#include "export/proceedingssettings.h"
#include "export/proceedingspreview.h"
#include "lockicon.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QHash>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

enum Role {
    IdRole = Qt::UserRole,
    DetailRole,           // date, type and place
    PrivateRole,
    LeftOutRole,          // private and not in this edition
};

// Two lines per resource: the title, then date, type and place; a padlock for private ones,
// greyed out when this edition leaves them out.
class ResourceRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return QSize(200, fm.height() * 2 + fm.leading() + 10);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        opt.icon = QIcon();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const bool leftOut = index.data(LeftOutRole).toBool();
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        QColor titleColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor detailColour = selected ? titleColour : opt.palette.color(group, QPalette::PlaceholderText);
        if (leftOut && !selected) {
            titleColour = detailColour;
        }

        const QRect r = opt.rect.adjusted(6, 4, -6, -4);
        const int iconSize = 16;
        QRect textRect = r.adjusted(iconSize + 6, 0, 0, 0);
        if (index.data(PrivateRole).toBool()) {
            const QIcon icon = lockIcon(opt.palette);
            icon.paint(painter, QRect(r.left(), r.top() + (r.height() - iconSize) / 2, iconSize, iconSize),
                       Qt::AlignCenter, leftOut ? QIcon::Disabled : QIcon::Normal);
        }
        const QFontMetrics fm(opt.font);
        painter->save();
        QFont titleFont = opt.font;
        titleFont.setStrikeOut(leftOut);
        painter->setFont(titleFont);
        painter->setPen(titleColour);
        const QRect titleRect(textRect.left(), textRect.top(), textRect.width(), fm.height());
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(title, Qt::ElideRight, titleRect.width()));
        QFont detailFont = opt.font;
        detailFont.setPointSizeF(opt.font.pointSizeF() * 0.92);
        painter->setFont(detailFont);
        painter->setPen(detailColour);
        const QFontMetrics dfm(detailFont);
        const QRect detailRect(textRect.left(), titleRect.bottom() + 1 + fm.leading(), textRect.width(), fm.height());
        painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                          dfm.elidedText(index.data(DetailRole).toString(), Qt::ElideRight, detailRect.width()));
        painter->restore();
    }
};

QPushButton *makeButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

ExportDialog::ExportDialog(ResourceRepository *repository, const QList<qint64> &ids, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_job(new ProceedingsJob(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Proceedings"));
    setSizeGripEnabled(true);

    // Everything the workers need is read here, in the GUI thread, once.
    QList<Resource> loaded;
    if (m_repository) {
        try {
            loaded = m_repository->loadResources(ids);
            m_imageLoader = preloadedImageLoader(*m_repository, loaded);
            m_reviewComments = ProceedingsExporter::reviewComments(*m_repository, loaded);
        } catch (const LibraryError &error) {
            m_loadError = error.message();
        }
    }
    for (const Resource &resource : std::as_const(loaded))
        m_resources.insert(resource.id, resource);
    ProceedingsExporter::sortByDate(loaded);

    m_preview = new ProceedingsPreview(this);
    m_optionsPanel = createOptionsPanel();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"exportOptionsScroll"_s);
    scroll->setWidget(m_optionsPanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never narrower than its options in the current language (no horizontal scrolling: the
    // right edge would be cut), room for the vertical scroll bar included.
    const int optionsWidth = std::max(400, m_optionsPanel->minimumSizeHint().width()
                                               + scroll->verticalScrollBar()->sizeHint().width());
    scroll->setMinimumWidth(optionsWidth);

    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(6, 6, 6, 6);
    previewLayout->addWidget(m_preview);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"exportSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(scroll);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({std::max(450, optionsWidth), 650});

    // Footer: print on the left, the export's progress in the middle, export and close on the right.
    m_printPreviewButton = makeButton(u"printPreviewButton"_s, this);
    m_printPreviewButton->setText(tr("Print Pre&view…"));
    m_printPreviewButton->setToolTip(tr("Show the pages as the printer will print them"));
    m_printButton = makeButton(u"printButton"_s, this);
    m_printButton->setText(tr("&Print…"));
    m_printButton->setToolTip(tr("Print the proceedings"));
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(u"exportStatus"_s);
    m_exportStatus->setAccessibleName(tr("Export status"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancelButton = makeButton(u"cancelExportButton"_s, this);
    m_cancelButton->setText(tr("&Cancel Export"));
    m_cancelButton->hide();
    m_exportButton = makeButton(u"exportButton"_s, this);
    m_exportButton->setText(tr("&Export PDF…"));
    m_exportButton->setToolTip(tr("Choose a file name and write the proceedings as a PDF"));
    m_exportButton->setDefault(true);
    m_closeButton = makeButton(u"closeButton"_s, this);
    m_closeButton->setText(tr("Close"));

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_printPreviewButton);
    footer->addWidget(m_printButton);
    footer->addSpacing(12);
    footer->addWidget(m_exportStatus, 1);
    footer->addWidget(m_progress);
    footer->addWidget(m_cancelButton);
    footer->addWidget(m_exportButton);
    footer->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    connect(m_printPreviewButton, &QPushButton::clicked, this, &ExportDialog::showPrintPreview);
    connect(m_printButton, &QPushButton::clicked, this, &ExportDialog::printProceedings);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportPdf);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_job, &ProceedingsJob::progressChanged, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_job, &ProceedingsJob::finished, this, &ExportDialog::onExportFinished);

    fillList(loaded);
    if (!m_loadError.isEmpty())
        m_exportStatus->setText(tr("The resources could not be read: %1").arg(m_loadError));
    resize(1100, 700);
    onOptionsChanged();
}

ExportDialog::~ExportDialog() = default;

QWidget *ExportDialog::createOptionsPanel()
{
    auto *panel = new QWidget;
    panel->setObjectName(u"exportOptions"_s);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(createSelectionGroup(), 1);
    layout->addWidget(createCoverGroup());
    layout->addWidget(createOutputGroup());
    return panel;
}

QWidget *ExportDialog::createSelectionGroup()
{
    auto *group = new QGroupBox(tr("Resources, in the order of the proceedings"));
    group->setObjectName(u"selectionGroup"_s);

    m_list = new QListWidget(group);
    m_list->setObjectName(u"exportResourceList"_s);
    m_list->setAccessibleName(tr("Resources to export"));
    m_list->setAccessibleDescription(tr("Drag a resource, or use Move Up and Move Down, to change its place "
                                        "in the proceedings."));
    m_list->setItemDelegate(new ResourceRowDelegate(m_list));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(110);

    m_upButton = new QToolButton(group);
    m_upButton->setObjectName(u"moveUpButton"_s);
    m_upButton->setArrowType(Qt::UpArrow);
    m_upButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_upButton->setText(tr("Up"));
    m_upButton->setToolTip(tr("Move Up (Ctrl+Up)"));
    m_upButton->setAccessibleName(tr("Move Up"));
    m_upButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_downButton = new QToolButton(group);
    m_downButton->setObjectName(u"moveDownButton"_s);
    m_downButton->setArrowType(Qt::DownArrow);
    m_downButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_downButton->setText(tr("Down"));
    m_downButton->setToolTip(tr("Move Down (Ctrl+Down)"));
    m_downButton->setAccessibleName(tr("Move Down"));
    m_downButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_sortButton = makeButton(u"sortByDateButton"_s, group);
    m_sortButton->setText(tr("&Sort by Event Date"));
    m_sortButton->setToolTip(tr("Put the resources back in the order of their event dates"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addStretch(1);
    buttons->addWidget(m_sortButton);

    m_leftOutHeading = new QLabel(group);
    m_leftOutHeading->setObjectName(u"leftOutHeading"_s);
    m_leftOutHeading->setWordWrap(true);
    m_leftOutExplanation = new QLabel(group);
    m_leftOutExplanation->setObjectName(u"leftOutExplanation"_s);
    m_leftOutExplanation->setWordWrap(true);
    m_leftOut = new QListWidget(group);
    m_leftOut->setObjectName(u"leftOutList"_s);
    m_leftOut->setAccessibleName(tr("Left out of the export"));
    m_leftOut->setWordWrap(true);
    m_leftOut->setSelectionMode(QAbstractItemView::NoSelection);
    m_leftOut->setFocusPolicy(Qt::TabFocus);
    m_leftOut->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_leftOutHeading);
    layout->addWidget(m_leftOutExplanation);
    layout->addWidget(m_leftOut);

    connect(m_upButton, &QToolButton::clicked, this, &ExportDialog::moveUp);
    connect(m_downButton, &QToolButton::clicked, this, &ExportDialog::moveDown);
    connect(m_sortButton, &QPushButton::clicked, this, &ExportDialog::sortByEventDate);
    connect(m_list, &QListWidget::currentRowChanged, this, &ExportDialog::updateButtons);
    // Drag and drop moves rows inside the model (as a move, or as a removal and an insertion).
    const auto reordered = [this] {
        if (m_rebuilding)
            return;
        updateButtons();
        onOptionsChanged();
    };
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, reordered);
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this, reordered);
    connect(m_list->model(), &QAbstractItemModel::rowsRemoved, this, reordered);
    return group;
}

QWidget *ExportDialog::createCoverGroup()
{
    auto *group = new QGroupBox(tr("Cover"));
    group->setObjectName(u"coverGroup"_s);

    m_title = new QLineEdit(group);
    m_title->setObjectName(u"titleEdit"_s);
    m_title->setAccessibleName(tr("Proceedings title"));
    m_title->setClearButtonEnabled(true);
    m_subtitle = new QLineEdit(group);
    m_subtitle->setObjectName(u"subtitleEdit"_s);
    m_subtitle->setAccessibleName(tr("Subtitle"));
    m_subtitle->setPlaceholderText(tr("Optional"));
    m_network = new QLineEdit(m_settings.proceedingsNetworkName(), group);
    m_network->setCursorPosition(0);
    m_network->setObjectName(u"networkEdit"_s);
    m_network->setAccessibleName(tr("Network name"));
    m_network->setPlaceholderText(tr("Printed on the cover and at the foot of every page"));

    m_logoThumbnail = new QLabel(group);
    m_logoThumbnail->setObjectName(u"logoThumbnail"_s);
    m_logoThumbnail->setAccessibleName(tr("Logo thumbnail"));
    m_logoThumbnail->setFixedSize(40, 40);
    m_logoThumbnail->setAlignment(Qt::AlignCenter);
    m_logoThumbnail->setFrameShape(QFrame::StyledPanel);
    m_logoName = new QLabel(group);
    m_logoName->setObjectName(u"logoName"_s);
    m_logoName->setMinimumWidth(60);
    m_logoName->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_logoChoose = makeButton(u"chooseLogoButton"_s, group);
    m_logoChoose->setText(tr("C&hoose…"));
    m_logoChoose->setToolTip(tr("Choose the image printed on the cover"));
    m_logoChoose->setAccessibleName(tr("Choose a logo image"));
    m_logoRemove = makeButton(u"removeLogoButton"_s, group);
    m_logoRemove->setText(tr("&No Logo"));
    m_logoRemove->setAccessibleName(tr("Remove the logo"));
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoThumbnail);
    logoRow->addWidget(m_logoName, 1);
    logoRow->addWidget(m_logoChoose);
    logoRow->addWidget(m_logoRemove);

    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(tr("&Network:"), m_network);
    auto *logoLabel = new QLabel(tr("&Logo:"), group);
    logoLabel->setBuddy(m_logoChoose);
    form->addRow(logoLabel, logoRow);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_titleEdited = !text.trimmed().isEmpty();
    });
    for (QLineEdit *edit : {m_title, m_subtitle, m_network})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::onOptionsChanged);
    connect(m_logoChoose, &QPushButton::clicked, this, &ExportDialog::chooseLogo);
    connect(m_logoRemove, &QPushButton::clicked, this, [this] { setLogoPath(QString()); });

    const QString savedLogo = m_settings.proceedingsLogoPath();
    m_logoPath = QFileInfo::exists(savedLogo) ? savedLogo : QString();
    updateLogoThumbnail();
    return group;
}

QWidget *ExportDialog::createOutputGroup()
{
    auto *group = new QGroupBox(tr("Edition"));
    group->setObjectName(u"outputGroup"_s);

    m_pageSize = new QComboBox(group);
    m_pageSize->setObjectName(u"pageSizeCombo"_s);
    m_pageSize->setAccessibleName(tr("Page size"));
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter (8.5 × 11 in)"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(m_settings.proceedingsPageSize() == QPageSize::Letter ? 1 : 0);

    m_pdfA = new QCheckBox(tr("PDF/&A-1b (archiving)"), group);
    m_pdfA->setObjectName(u"pdfACheck"_s);
    m_pdfA->setAccessibleName(tr("PDF/A-1b"));
    m_pdfA->setToolTip(tr("Write a PDF/A-1b file, the format for long-term archiving"));
    m_internal = new QCheckBox(tr("&Internal edition (includes private resources)"), group);
    m_internal->setObjectName(u"internalCheck"_s);
    m_internal->setAccessibleName(tr("Internal edition (includes private resources)"));

    m_appendAttachments = new QCheckBox(tr("Bind the attached PDFs as anne&xes"), group);
    m_appendAttachments->setObjectName(u"appendAttachmentsCheck"_s);
    m_appendAttachments->setAccessibleName(tr("Bind the attached PDFs as annexes"));
    m_appendAttachments->setToolTip(tr("After each chapter, its attached PDF documents, with the running footer and "
                                       "the page numbers continued (members-only documents in the internal "
                                       "edition only)"));

    m_internalNotice = new QLabel(group);
    m_internalNotice->setObjectName(u"internalNotice"_s);
    m_internalNotice->setAccessibleName(tr("Internal edition notice"));
    m_internalNotice->setWordWrap(true);
    m_internalNotice->setTextFormat(Qt::RichText);
    m_internalNotice->setStyleSheet(
            u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39c; border-radius: 4px;"
            " padding: 4px 6px; }"_s);
    m_internalNotice->setVisible(false);

    m_fileName = new QLabel(group);
    m_fileName->setObjectName(u"fileNameLabel"_s);
    m_fileName->setAccessibleName(tr("Suggested file name"));
    m_fileName->setWordWrap(true);
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_pageSize, 1);
    pageRow->addSpacing(12);
    pageRow->addWidget(m_pdfA);
    auto *pageLabel = new QLabel(tr("&Page size:"), group);
    pageLabel->setBuddy(m_pageSize);
    form->addRow(pageLabel, pageRow);

    // The language the proceedings are written in: the library's, whatever the interface's.
    m_language = new QComboBox(group);
    m_language->setObjectName(u"documentLanguageCombo"_s);
    m_language->setAccessibleName(tr("Language of the document"));
    m_language->setToolTip(tr("The language of the proceedings' headings, labels and dates; stored in the library"));
    for (const QString &code : DocumentLanguage::codes())
        m_language->addItem(DocumentLanguage::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(DocumentLanguage::libraryCode(m_repository))));
    // The annexes beside the language, like PDF/A beside the page size: one row less to scroll.
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language, 1);
    languageRow->addSpacing(12);
    languageRow->addWidget(m_appendAttachments);
    auto *languageLabel = new QLabel(tr("Lan&guage:"), group);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageRow);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ExportDialog::onOptionsChanged);
    form->addRow(m_internal);
    form->addRow(m_internalNotice);
    form->addRow(tr("File name:"), m_fileName);

    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ExportDialog::onOptionsChanged);
    connect(m_pdfA, &QCheckBox::toggled, this, &ExportDialog::onOptionsChanged);
    connect(m_appendAttachments, &QCheckBox::toggled, this, &ExportDialog::onOptionsChanged);
    connect(m_internal, &QCheckBox::toggled, this, [this](bool internal) {
        m_internalNotice->setVisible(internal);
        onOptionsChanged();
    });
    return group;
}

void ExportDialog::fillList(const QList<Resource> &ordered)
{
    const int currentRow = m_list->currentRow();
    const qint64 currentId = currentRow >= 0 ? m_list->item(currentRow)->data(IdRole).toLongLong() : 0;
    const QScopedValueRollback rebuilding(m_rebuilding, true);
    m_list->clear();
    for (const Resource &resource : ordered) {
        auto *item = new QListWidgetItem(resource.title, m_list);
        item->setData(IdRole, resource.id);
        item->setData(PrivateRole, !isPublicForExport(resource));   // private, or privacy not confirmed
        QStringList details;
        details << (resource.dateStart.isValid()
                            ? ProceedingsDates::formatDateRange(resource.dateStart, resource.dateEnd)
                            : tr("No date"));
        if (!resource.type.isEmpty())
            details << resource.type;
        if (!resource.place.isEmpty())
            details << resource.place;
        item->setData(DetailRole, details.join(u" · "_s));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        if (resource.id == currentId)
            m_list->setCurrentItem(item);
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QList<qint64> ExportDialog::orderedIds() const
{
    QList<qint64> ids;
    ids.reserve(m_list->count());
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(IdRole).toLongLong());
    return ids;
}

QList<Resource> ExportDialog::orderedResources() const
{
    QList<Resource> resources;
    for (qint64 id : orderedIds()) {
        const auto it = m_resources.constFind(id);
        if (it != m_resources.constEnd())
            resources.append(*it);
    }
    return resources;
}

ProceedingsOptions ExportDialog::options() const
{
    // The same starting point as print from the window and `actes export-pdf` (the network is
    // the PDF's author, never a person); then what this dialog shows.
    ProceedingsOptions options = proceedingsOptionsFromSettings(m_settings, m_repository);
    options.title = m_title->text().simplified();
    options.subtitle = m_subtitle->text().simplified();
    options.networkName = m_network->text().simplified();
    options.logoPath = m_logoPath;
    options.pageSize = QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    options.includePrivate = m_internal->isChecked();
    options.pdfA = m_pdfA->isChecked();
    options.language = DocumentLanguage(m_language->currentData().toString());
    options.imageLoader = m_imageLoader;
    if (options.includePrivate)   // the internal edition lists the review comments
        options.reviewComments = m_reviewComments;
    options.appendAttachments = m_appendAttachments->isChecked();
    if (options.appendAttachments) {
        // Read here, in the GUI thread, once: the preview and export workers never touch the library.
        if (!m_attachmentLoader && m_repository) {
            QList<Resource> resources;
            for (const Resource &resource : m_resources)
                resources.append(resource);
            m_attachmentLoader = preloadedAttachmentLoader(*m_repository, resources);
        }
        options.attachmentLoader = m_attachmentLoader;
    }
    return options;
}

QString ExportDialog::suggestedFileName() const
{
    return ProceedingsExporter::suggestedFileName(options(), orderedResources());
}

QStringList ExportDialog::leftOutMessages() const
{
    QList<ProceedingsLeftOut> leftOut;
    ProceedingsExporter::included(orderedResources(), m_internal->isChecked(), &leftOut);
    QStringList messages;
    for (const ProceedingsLeftOut &item : std::as_const(leftOut))
        messages << item.message;
    return messages;
}

void ExportDialog::moveUp() { moveCurrent(-1); }
void ExportDialog::moveDown() { moveCurrent(1); }

void ExportDialog::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    {
        const QScopedValueRollback rebuilding(m_rebuilding, true);
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(target, item);
    }
    m_list->setCurrentRow(target);
    updateButtons();
    onOptionsChanged();
}

void ExportDialog::sortByEventDate()
{
    QList<Resource> resources = orderedResources();
    ProceedingsExporter::sortByDate(resources);
    fillList(resources);
    onOptionsChanged();
}

void ExportDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool exporting = isExporting();
    m_upButton->setEnabled(!exporting && row > 0);
    m_downButton->setEnabled(!exporting && row >= 0 && row < m_list->count() - 1);
    m_sortButton->setEnabled(!exporting && m_list->count() > 1);
    const bool anything = !ProceedingsExporter::included(orderedResources(), m_internal && m_internal->isChecked())
                                   .isEmpty();
    m_exportButton->setEnabled(!exporting && anything);
    m_printButton->setEnabled(!exporting && anything);
    m_printPreviewButton->setEnabled(!exporting && anything);
}

void ExportDialog::updateTitleDefault()
{
    const QString title = ProceedingsExporter::defaultTitle(orderedResources(), m_internal->isChecked(),
                                                            DocumentLanguage(m_language->currentData().toString()));
    m_title->setPlaceholderText(title);
    if (!m_titleEdited && m_title->text() != title) {
        const QSignalBlocker blocker(m_title);
        m_title->setText(title);
        m_title->setCursorPosition(0);
    }
}

void ExportDialog::updateLeftOut()
{
    QList<ProceedingsLeftOut> leftOut;
    const bool internal = m_internal->isChecked();
    ProceedingsExporter::included(orderedResources(), internal, &leftOut);
    m_leftOut->clear();
    QHash<qint64, ProceedingsLeftOut::Reason> leftOutIds;
    for (const ProceedingsLeftOut &item : std::as_const(leftOut)) {
        auto *row = new QListWidgetItem(lockIcon(palette()), item.message, m_leftOut);
        row->setData(IdRole, item.resourceId);
        row->setToolTip(item.message);
        if (item.attachmentId == 0)   // not for a members-only document of an exported resource
            leftOutIds.insert(item.resourceId, item.reason);
    }
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const auto reason = leftOutIds.constFind(item->data(IdRole).toLongLong());
        const bool out = reason != leftOutIds.cend();
        item->setData(LeftOutRole, out);
        item->setToolTip(out ? (*reason == ProceedingsLeftOut::Reason::PrivacyNotConfirmed
                                    ? tr("Privacy not confirmed: left out of this edition.")
                                    : tr("Private: left out of this edition."))
                             : item->data(PrivateRole).toBool()
                                     ? tr("Private: included because this is the internal edition.")
                                     : QString());
    }

    const int privateCount = int(std::count_if(m_resources.cbegin(), m_resources.cend(),
                                               [](const Resource &r) { return !isPublicForExport(r); }));
    if (leftOut.isEmpty()) {
        m_leftOutHeading->setText(tr("<b>Left out:</b> nothing, every resource listed above is exported."));
        m_leftOutExplanation->setText(tr("This internal edition includes %n private resource(s).", nullptr,
                                         privateCount));
        m_leftOutExplanation->setVisible(internal && privateCount > 0);
        m_leftOut->hide();
    } else if (leftOutIds.isEmpty()) {
        m_leftOutHeading->setText(tr("<b>Left out: %n members-only document(s).</b> They are never published; "
                                     "check “Internal edition” below to include them.",
                                     nullptr, int(leftOut.size())));
    } else {
        m_leftOutHeading->setText(tr("<b>Left out: %n resource(s).</b> Private resources are never "
                                     "published; check “Internal edition” below to include them.",
                                     nullptr, int(leftOutIds.size())));
    }
    if (!leftOut.isEmpty()) {
        m_leftOutExplanation->clear();
        m_leftOutExplanation->hide();
        m_leftOut->show();
        // Up to three messages without scrolling; each takes about two lines.
        const int lines = 2 * int(std::min<qsizetype>(leftOut.size(), 3));
        m_leftOut->setFixedHeight(lines * m_leftOut->fontMetrics().lineSpacing() + 8
                                  + 2 * m_leftOut->frameWidth());
    }
}

void ExportDialog::onOptionsChanged()
{
    if (!m_internal)
        return;                   // still building the widgets
    updateTitleDefault();
    updateLeftOut();
    updateButtons();
    m_internalNotice->setText(
            tr("<b>%1</b> is printed on every page: this edition includes private resources.")
                    .arg(ProceedingsExporter::internalMark(options().language).toHtmlEscaped()));
    m_fileName->setText(suggestedFileName());
    m_preview->setInput(orderedResources(), options());
}

void ExportDialog::setLogoPath(const QString &path)
{
    m_logoPath = path;
    updateLogoThumbnail();
    onOptionsChanged();
}

void ExportDialog::updateLogoThumbnail()
{
    if (m_logoPath.isEmpty()) {
        m_logoThumbnail->setPixmap(QPixmap());
        m_logoThumbnail->setText(tr("None"));
        m_logoName->setText(tr("No logo on the cover"));
        m_logoRemove->setEnabled(false);
        return;
    }
    QImageReader reader(m_logoPath);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(QSize(36, 36), Qt::KeepAspectRatio));
    const QImage image = reader.read();
    m_logoThumbnail->setText(QString());
    m_logoThumbnail->setPixmap(QPixmap::fromImage(image));
    m_logoName->setText(QFileInfo(m_logoPath).fileName());
    m_logoName->setToolTip(QDir::toNativeSeparators(m_logoPath));
    m_logoRemove->setEnabled(true);
}

void ExportDialog::chooseLogo()
{
    const QString dir = m_logoPath.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
            : QFileInfo(m_logoPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a Logo"), dir, tr("Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)"));
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    if (!reader.canRead()) {
        Prompts::warn(this, tr("Choose a Logo"),
                      tr("“%1” cannot be used as a logo: %2")
                              .arg(QFileInfo(path).fileName(), reader.errorString()));
        return;
    }
    setLogoPath(path);
}

bool ExportDialog::isExporting() const
{
    return m_job && m_job->isRunning();
}

void ExportDialog::exportPdf()
{
    if (isExporting())
        return;
    QString dir = m_exportPath.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                         : QFileInfo(m_exportPath).absolutePath();
    if (dir.isEmpty())
        dir = QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Proceedings as PDF"),
                                                QDir(dir).filePath(suggestedFileName()),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) != 0)
        path += u".pdf"_s;
    exportToFile(path);
}

bool ExportDialog::exportToFile(const QString &path)
{
    if (isExporting())
        return false;
    m_exportPath = path;
    if (!m_job->start(orderedResources(), options(), path))
        return false;
    m_progress->setRange(0, 0);       // busy until the first step is known
    m_exportStatus->setText(tr("Exporting to “%1”…").arg(QFileInfo(path).fileName()));
    setExporting(true);
    return true;
}

void ExportDialog::cancelExport()
{
    if (!isExporting())
        return;
    m_exportStatus->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
    m_job->cancel();
}

void ExportDialog::setExporting(bool exporting)
{
    m_optionsPanel->setEnabled(!exporting);
    m_progress->setVisible(exporting);
    m_cancelButton->setVisible(exporting);
    m_cancelButton->setEnabled(exporting);
    m_closeButton->setEnabled(!exporting);
    updateButtons();
    if (exporting)
        m_cancelButton->setFocus();
}

void ExportDialog::onExportFinished(const ProceedingsResult &result)
{
    setExporting(false);
    if (result.ok) {
        m_exportStatus->setText(tr("Exported %n page(s) to “%1”.", nullptr, result.pageCount)
                                        .arg(QFileInfo(m_exportPath).fileName()));
        rememberChoices();
    } else if (result.cancelled) {
        m_exportStatus->setText(tr("Export cancelled: no file was written."));
    } else {
        m_exportStatus->setText(tr("The export failed."));
    }
    if (m_resultMessages && !result.cancelled)
        showResult(result, m_exportPath);
    emit exportFinished(result, m_exportPath);
}

void ExportDialog::showResult(const ProceedingsResult &result, const QString &path)
{
    auto *box = new QMessageBox(this);
    box->setObjectName(u"exportResultBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Export Proceedings"));
    if (!result.ok) {
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("The proceedings could not be exported."));
        box->setInformativeText(result.errorMessage);
        box->setStandardButtons(QMessageBox::Ok);
        box->open();
        return;
    }
    box->setIcon(QMessageBox::Information);
    box->setText(tr("The proceedings were exported: %n page(s).", nullptr, result.pageCount));
    QString information = QDir::toNativeSeparators(path);
    for (const ProceedingsLeftOut &left : result.leftOut) {
        if (left.reason == ProceedingsLeftOut::Reason::AnnexUnreadable)
            information += u"\n\n"_s + left.message;
    }
    box->setInformativeText(information);
    QPushButton *open = box->addButton(tr("&Open the PDF"), QMessageBox::AcceptRole);
    open->setObjectName(u"openPdfButton"_s);
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(open);
    connect(box, &QMessageBox::buttonClicked, this, [box, open, path](QAbstractButton *button) {
        if (button == open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        box->close();
    });
    box->open();
}

void ExportDialog::rememberChoices()
{
    m_settings.setProceedingsNetworkName(m_network->text().simplified());
    m_settings.setProceedingsLogoPath(m_logoPath);
    m_settings.setProceedingsPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    try {
        if (m_repository && !m_repository->isReadOnly())
            DocumentLanguage::setLibraryCode(m_repository, m_language->currentData().toString());
    } catch (const LibraryError &error) {
        m_exportStatus->setText(tr("The language of the document could not be stored in the library: %1")
                                        .arg(error.message()));
    }
}

void ExportDialog::showPrintPreview()
{
    Actes::printPreview(this, orderedResources(), options());
    rememberChoices();
}

void ExportDialog::printProceedings()
{
    if (Actes::print(this, orderedResources(), options()) > 0)
        rememberChoices();
}

void ExportDialog::reject()
{
    // Escape during an export cancels it, like a progress dialog; the dialog stays open.
    if (isExporting()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

} // namespace Actes
