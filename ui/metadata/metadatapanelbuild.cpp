// MetadataPanel: building the widgets, step by step, and their texts.
// (Showing a resource, the undo commands and the checks are in metadatapanel.cpp.)
#include "metadata/metadatapanel.h"

#include "library/library.h"
#include "metadata/addressbookdialog.h"
#include "metadata/completingdelegate.h"
#include "metadata/linktableeditor.h"
#include "metadata/metadatapaneldetail.h"
#include "metadata/participantsmodel.h"
#include "metadata/partnersmodel.h"
#include "review/checkslist.h"
#include "review/statuscontrol.h"
#include "review/statusservice.h"
#include "session/metadatacommands.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Actes {

using namespace MetadataPanelDetail;

namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

void MetadataPanel::buildUi()
{
    QWidget *content = buildScrollArea();
    buildTypeAndPrivacy(content);
    buildReview(content);
    buildEventFields(content);
    QFormLayout *form = buildFieldsForm();
    buildLinkTables(content);
    layOut(content, form);
    retranslateUi();
    connectEdits();
}

// A scrolling page: the panel is narrow and the tables grow.
QWidget *MetadataPanel::buildScrollArea()
{
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return content;
}

void MetadataPanel::buildTypeAndPrivacy(QWidget *content)
{
    m_typeCombo = new QComboBox(content);
    m_typeCombo->setEditable(true);
    m_typeCombo->setInsertPolicy(QComboBox::NoInsert);
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_typeCombo->setMinimumContentsLength(12);
    m_typeCombo->lineEdit()->setPlaceholderText(tr("Choose or type a type"));

    m_privateCheck = new QCheckBox(tr("&Private resource"), content);
    QIcon lock = QIcon::fromTheme(u"object-locked"_s);
    if (lock.isNull())
        lock = QIcon::fromTheme(u"security-high"_s);
    m_privateCheck->setIcon(lock);
}

// Status and checks before publishing.
void MetadataPanel::buildReview(QWidget *content)
{
    m_statusControl = new StatusControl(content);
    m_statusControl->setReasonsProvider([this](Status to) { return refusalReasons(to); });
    m_checks = new ChecksList(content);

    // What the importer was unsure of: its note, and the button that confirms it.
    m_importFrame = new QFrame(content);
    m_importFrame->setFrameShape(QFrame::StyledPanel);
    m_importFrame->setAutoFillBackground(true);
    QPalette amber = m_importFrame->palette();
    amber.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xdc));
    amber.setColor(QPalette::WindowText, QColor(0x5c, 0x40, 0x00));
    m_importFrame->setPalette(amber);
    m_importNote = new QLabel(m_importFrame);
    m_importNote->setWordWrap(true);
    m_importChecked = new QPushButton(tr("C&hecked"), m_importFrame);
    auto *importRow = new QHBoxLayout(m_importFrame);
    importRow->setContentsMargins(8, 6, 8, 6);
    importRow->addWidget(m_importNote, 1);
    importRow->addWidget(m_importChecked, 0, Qt::AlignVCenter);
}

// Dates, place and attendance.
void MetadataPanel::buildEventFields(QWidget *content)
{
    m_dateKnown = new QCheckBox(tr("Date &known"), content);
    m_startEdit = new QDateEdit(content);
    m_endEdit = new QDateEdit(content);
    for (QDateEdit *edit : {m_startEdit, m_endEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateDisplayFormat(locale()));
        edit->setMinimumDate(UnknownDateSentinel);
        edit->setMaximumDate(QDate(2999, 12, 31));
        edit->setKeyboardTracking(true);
    }

    m_placeEdit = new QLineEdit(content);
    m_placeEdit->setClearButtonEnabled(true);
    m_placeEdit->setPlaceholderText(tr("Town, venue…"));

    m_attendanceSpin = new QSpinBox(content);
    m_attendanceSpin->setRange(0, 1000000);
    m_attendanceSpin->setGroupSeparatorShown(true);
    m_attendanceSpin->setSpecialValueText(tr("Unknown"));
    updateAttendanceSuffix();
    m_attendanceSpin->setAccelerated(true);
}

QFormLayout *MetadataPanel::buildFieldsForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(8);
    form->addRow(tr("&Type:"), m_typeCombo);
    form->addRow(QString(), m_privateCheck);
    form->addRow(tr("Event date:"), m_dateKnown);
    form->addRow(tr("&From:"), m_startEdit);
    form->addRow(tr("T&o:"), m_endEdit);
    form->addRow(tr("P&lace:"), m_placeEdit);
    form->addRow(tr("&Attendance:"), m_attendanceSpin);
    return form;
}

// Participants and partners: models, completion from the address book, table editors.
void MetadataPanel::buildLinkTables(QWidget *content)
{
    m_participantsModel = new ParticipantsModel(this);
    m_partnersModel = new PartnersModel(this);
    m_peopleCompletion = new QStandardItemModel(this);
    m_functionCompletion = new QStringListModel(this);
    m_organisationCompletion = new QStringListModel(this);
    m_participantRoleCompletion = new QStringListModel(this);
    m_partnerRoleCompletion = new QStringListModel(this);

    m_participantsDelegate = new CompletingDelegate(this);
    m_participantsDelegate->setCompletionModel(ParticipantsModel::NameColumn, m_peopleCompletion);
    m_participantsDelegate->setIdColumn(ParticipantsModel::NameColumn, ParticipantsModel::PersonIdRole);
    m_participantsDelegate->setCompletionModel(ParticipantsModel::FunctionColumn, m_functionCompletion,
                                               Qt::DisplayRole);
    m_participantsDelegate->setCompletionModel(ParticipantsModel::OrganisationColumn,
                                               m_organisationCompletion, Qt::DisplayRole);
    m_participantsDelegate->setCompletionModel(ParticipantsModel::RoleColumn,
                                               m_participantRoleCompletion, Qt::DisplayRole);
    m_partnersDelegate = new CompletingDelegate(this);
    m_partnersDelegate->setCompletionModel(PartnersModel::NameColumn, m_organisationCompletion,
                                           Qt::DisplayRole);
    m_partnersDelegate->setCompletionModel(PartnersModel::RoleColumn, m_partnerRoleCompletion,
                                           Qt::DisplayRole);

    m_participantsEditor = new LinkTableEditor(m_participantsModel, m_participantsDelegate, content);
    m_participantsEditor->setItemNames(tr("Add a participant (Insert)"),
                                       tr("Remove the selected participants (Delete)"));
    m_partnersEditor = new LinkTableEditor(m_partnersModel, m_partnersDelegate, content);
    m_partnersEditor->setItemNames(tr("Add a partner (Insert)"),
                                   tr("Remove the selected partners (Delete)"));

    m_addressBookButton = new QPushButton(tr("Address &Book…"), content);
    m_addressBookButton->setIcon(QIcon::fromTheme(u"x-office-address-book"_s));
}

void MetadataPanel::layOut(QWidget *content, QFormLayout *form)
{
    auto *participantsLabel = sectionLabel(tr("Pa&rticipants"), content);
    participantsLabel->setBuddy(m_participantsEditor->view());
    auto *partnersLabel = sectionLabel(tr("Partn&ers"), content);
    partnersLabel->setBuddy(m_partnersEditor->view());

    auto *addressBookRow = new QHBoxLayout;
    addressBookRow->addStretch();
    addressBookRow->addWidget(m_addressBookButton);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(8);
    auto *statusCaption = new QLabel(tr("Status:"), content);
    statusCaption->setBuddy(m_statusControl->button());
    statusRow->addWidget(statusCaption);
    statusRow->addWidget(m_statusControl, 1);

    auto *separator = new QFrame(content);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(6);
    layout->addLayout(statusRow);
    layout->addSpacing(4);
    layout->addWidget(m_importFrame);
    layout->addWidget(m_checks);
    layout->addSpacing(4);
    layout->addWidget(separator);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addSpacing(10);
    layout->addWidget(participantsLabel);
    layout->addWidget(m_participantsEditor);
    layout->addSpacing(8);
    layout->addWidget(partnersLabel);
    layout->addWidget(m_partnersEditor);
    layout->addSpacing(4);
    layout->addLayout(addressBookRow);
    layout->addStretch(1);

    // The review comes first on screen: first in the tab order too.
    setTabOrder(m_statusControl->button(), m_importChecked);
    setTabOrder(m_importChecked, m_checks->listWidget());
    setTabOrder(m_checks->listWidget(), m_typeCombo);
    setTabOrder(m_typeCombo, m_privateCheck);
    setTabOrder(m_privateCheck, m_dateKnown);

    // Narrow tables: let the name columns take the room, roles stay readable.
    m_participantsEditor->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_partnersEditor->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

// User edits become undo commands; the checks follow every change.
void MetadataPanel::connectEdits()
{
    connect(m_typeCombo, &QComboBox::activated, this, [this] { commitTypeText(); });
    connect(m_typeCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] { commitTypeText(); });
    connect(m_privateCheck, &QCheckBox::clicked, this, [this](bool checked) {
        push(new ChangePrivateCommand(m_document, m_document->privateFlag(), PrivateFlag{checked, true}));
    });
    connect(m_dateKnown, &QCheckBox::clicked, this, &MetadataPanel::onDateKnownToggled);
    connect(m_startEdit, &QDateEdit::dateChanged, this, &MetadataPanel::onStartEdited);
    connect(m_endEdit, &QDateEdit::dateChanged, this, &MetadataPanel::onEndEdited);
    connect(m_startEdit, &QDateEdit::editingFinished, this, [this] { m_datesKey = newMergeKey(); });
    connect(m_endEdit, &QDateEdit::editingFinished, this, [this] { m_datesKey = newMergeKey(); });
    connect(m_placeEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        push(new ChangePlaceCommand(m_document, m_document->place(), text, m_placeKey));
    });
    connect(m_placeEdit, &QLineEdit::editingFinished, this, [this] { m_placeKey = newMergeKey(); });
    connect(m_attendanceSpin, &QSpinBox::valueChanged, this, [this](int value) {
        updateAttendanceSuffix();
        const std::optional<int> attendance = value > 0 ? std::optional<int>(value) : std::nullopt;
        push(new ChangeAttendanceCommand(m_document, m_document->attendance(), attendance, m_attendanceKey));
    });
    connect(m_attendanceSpin, &QSpinBox::editingFinished, this,
            [this] { m_attendanceKey = newMergeKey(); });
    connect(m_participantsModel, &ParticipantsModel::changeRequested, this,
            [this](const QList<Participant> &list, const QString &text) {
                push(new ChangeParticipantsCommand(m_document, m_document->participants(), list, text));
            });
    connect(m_partnersModel, &PartnersModel::changeRequested, this,
            [this](const QList<Partner> &list, const QString &text) {
                push(new ChangePartnersCommand(m_document, m_document->partners(), list, text));
            });
    connect(m_addressBookButton, &QPushButton::clicked, this, &MetadataPanel::openAddressBook);
    connect(m_importChecked, &QPushButton::clicked, this, [this] {
        push(new ConfirmImportCommand(m_document, m_document->importReview()));
        emit statusMessage(tr("Marked as checked: the import’s doubt no longer blocks publication."));
    });
    // A warning that does not apply (the text mentions a document kept elsewhere): dismissed for
    // this resource, undoably, saved with it.
    connect(m_checks, &ChecksList::dismissRequested, this, [this](const QString &key) {
        const QStringList old = m_document->dismissedChecks();
        if (old.contains(key))
            return;
        push(new ChangeDismissedChecksCommand(m_document, old, old + QStringList{key}, tr("Dismiss a Warning")));
        emit statusMessage(tr("Warning dismissed for this resource. Undo brings it back."));
    });
    connect(m_checks, &ChecksList::problemActivated, this, [this](const QString &field) {
        focusField(field);
        emit problemActivated(field);
    });
    connect(m_statusControl, &StatusControl::statusChangeRequested, this, &MetadataPanel::statusChangeRequested);

    m_placeKey = newMergeKey();
    m_attendanceKey = newMergeKey();
    m_datesKey = newMergeKey();

    for (QWidget *w : std::initializer_list<QWidget *>{m_typeCombo, m_privateCheck, m_dateKnown,
                                                      m_startEdit, m_endEdit, m_placeEdit,
                                                      m_attendanceSpin, m_participantsEditor->view(),
                                                      m_partnersEditor->view()})
        watchForUndoKeys(w);
    watchForUndoKeys(m_typeCombo->lineEdit());
}

void MetadataPanel::retranslateUi()
{
    m_typeCombo->setAccessibleName(tr("Resource type"));
    m_typeCombo->setToolTip(tr("The kind of resource (meeting report, workshop, visit…). "
                               "Type a new name to add a type to the library."));
    m_privateCheck->setAccessibleName(tr("Private resource"));
    m_privateCheck->setToolTip(tr("A private resource is kept out of public exports. "
                                  "Ticking or unticking this box confirms the choice."));
    m_dateKnown->setAccessibleName(tr("Event date known"));
    m_dateKnown->setToolTip(tr("Untick when the date of the event is unknown."));
    m_startEdit->setAccessibleName(tr("Event start date"));
    m_startEdit->setToolTip(tr("First day of the event. The end date follows it for a one-day event."));
    m_endEdit->setAccessibleName(tr("Event end date"));
    m_endEdit->setToolTip(tr("Last day of the event; never before the start date."));
    m_placeEdit->setAccessibleName(tr("Place"));
    m_placeEdit->setToolTip(tr("Where the event took place."));
    m_attendanceSpin->setAccessibleName(tr("Attendance"));
    m_attendanceSpin->setToolTip(tr("How many people attended; 0 means unknown."));
    updateAttendanceSuffix();
    m_participantsEditor->view()->setAccessibleName(tr("Participants"));
    m_participantsEditor->view()->setToolTip(
        tr("People who spoke or took part, with their function, organisation and role at this event. "
           "Names are completed from the address book."));
    m_partnersEditor->view()->setAccessibleName(tr("Partners"));
    m_partnersEditor->view()->setToolTip(tr("Organisations associated with the event and their role."));
    m_addressBookButton->setAccessibleName(tr("Address Book"));
    m_addressBookButton->setToolTip(tr("Edit the people and organisations of the library, merge duplicates."));
    m_importChecked->setAccessibleName(tr("Confirm the import"));
    m_importChecked->setToolTip(tr("You have checked what the import was unsure of (where the resource starts "
                                   "and ends, its title, its date): confirm it so that it no longer blocks "
                                   "publication."));
    if (m_document)   // not yet while the widgets are built
        showImportReview();
    for (QDateEdit *edit : {m_startEdit, m_endEdit})
        edit->setDisplayFormat(dateDisplayFormat(locale()));
}

} // namespace Actes
