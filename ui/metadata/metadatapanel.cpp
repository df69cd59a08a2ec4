#include "metadata/metadatapanel.h"

#include "library/library.h"

#include "metadata/completingdelegate.h"
#include "metadata/addressbookdialog.h"
#include "metadata/linktableeditor.h"
#include "metadata/participantsmodel.h"
#include "metadata/partnersmodel.h"
#include "review/checkslist.h"
#include "review/statuscontrol.h"
#include "review/statusservice.h"
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

namespace Actes {

namespace {

// QDateEdit shows its special value text ("—") when the date equals the minimum.
const QDate UnknownDateSentinel(1800, 1, 1);

QString dateDisplayFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QStringList sortedUnique(QStringList list)
{
    list.removeAll(QString());
    list.sort(Qt::CaseInsensitive);
    list.removeDuplicates();
    return list;
}

} // namespace

MetadataPanel::MetadataPanel(QWidget *parent)
    : QWidget(parent)
{
    m_ownStack = new QUndoStack(this);
    m_stack = m_ownStack;
    m_confirmNewType = [this](const QString &type) {
        return QMessageBox::question(
                   this, tr("New resource type"),
                   tr("“%1” is not a resource type of this library yet. Add it to the list of types?")
                       .arg(type),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    };
    buildUi();
    showType();
    showDates();
}

MetadataPanel::~MetadataPanel()
{
    // Commands on an outside stack point at this panel: drop them.
    if (m_stack && m_stack != m_ownStack)
        m_stack->clear();
}

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
    QIcon lock = QIcon::fromTheme(QStringLiteral("object-locked"));
    if (lock.isNull())
        lock = QIcon::fromTheme(QStringLiteral("security-high"));
    m_privateCheck->setIcon(lock);
}

// Status and checks before publishing.
void MetadataPanel::buildReview(QWidget *content)
{
    m_statusControl = new StatusControl(content);
    m_statusControl->setReasonsProvider([this](Status to) { return refusalReasons(to); });
    m_checks = new ChecksList(content);
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
    m_addressBookButton->setIcon(QIcon::fromTheme(QStringLiteral("x-office-address-book")));
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
    setTabOrder(m_statusControl->button(), m_checks->listWidget());
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
        push(new ChangePrivateCommand(this, m_private, PrivateFlag{checked, true}));
    });
    connect(m_dateKnown, &QCheckBox::clicked, this, &MetadataPanel::onDateKnownToggled);
    connect(m_startEdit, &QDateEdit::dateChanged, this, &MetadataPanel::onStartEdited);
    connect(m_endEdit, &QDateEdit::dateChanged, this, &MetadataPanel::onEndEdited);
    connect(m_startEdit, &QDateEdit::editingFinished, this, [this] { m_datesKey = newMergeKey(); });
    connect(m_endEdit, &QDateEdit::editingFinished, this, [this] { m_datesKey = newMergeKey(); });
    connect(m_placeEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        push(new ChangePlaceCommand(this, m_place, text, m_placeKey));
    });
    connect(m_placeEdit, &QLineEdit::editingFinished, this, [this] { m_placeKey = newMergeKey(); });
    connect(m_attendanceSpin, &QSpinBox::valueChanged, this, [this](int value) {
        updateAttendanceSuffix();
        const std::optional<int> attendance = value > 0 ? std::optional<int>(value) : std::nullopt;
        push(new ChangeAttendanceCommand(this, m_attendance, attendance, m_attendanceKey));
    });
    connect(m_attendanceSpin, &QSpinBox::editingFinished, this,
            [this] { m_attendanceKey = newMergeKey(); });
    connect(m_participantsModel, &ParticipantsModel::changeRequested, this,
            [this](const QList<Participant> &list, const QString &text) {
                push(new ChangeParticipantsCommand(this, m_participantsModel->participants(), list, text));
            });
    connect(m_partnersModel, &PartnersModel::changeRequested, this,
            [this](const QList<Partner> &list, const QString &text) {
                push(new ChangePartnersCommand(this, m_partnersModel->partners(), list, text));
            });
    connect(m_addressBookButton, &QPushButton::clicked, this, &MetadataPanel::openAddressBook);
    connect(this, &MetadataPanel::metadataChanged, this, &MetadataPanel::updateChecks);
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
    for (QDateEdit *edit : {m_startEdit, m_endEdit})
        edit->setDisplayFormat(dateDisplayFormat(locale()));
}

void MetadataPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MetadataPanel::setRepository(ResourceRepository *repository)
{
    m_repository = repository;
    reloadDirectory();
}

void MetadataPanel::setUndoStack(QUndoStack *stack)
{
    m_stack = stack ? stack : m_ownStack;
}

QUndoStack *MetadataPanel::undoStack() const
{
    return m_stack;
}

void MetadataPanel::setNewTypeConfirmation(std::function<bool(const QString &)> confirm)
{
    m_confirmNewType = std::move(confirm);
}

void MetadataPanel::setLibrary(Library *library)
{
    m_library = library;
    connect(library, &Library::directoryChanged, this, &MetadataPanel::reloadDirectory);
    connect(library, &Library::externalChange, this, &MetadataPanel::reloadDirectory);
}

void MetadataPanel::reloadDirectory()
{
    if (!m_repository)
        return;
    try {
        m_types = m_repository->resourceTypes();
        const QList<Person> people = m_repository->people();
        const QList<Organisation> organisations = m_repository->organisations();
        m_participantsModel->setDirectory(people);
        m_partnersModel->setDirectory(organisations);

        m_peopleCompletion->clear();
        QStringList functions;
        QStringList organisationNames;
        for (const Person &person : people) {
            QStringList details;
            if (!person.function.isEmpty())
                details << person.function;
            if (!person.organisation.isEmpty())
                details << person.organisation;
            const QString display = details.isEmpty()
                ? person.name
                : tr("%1 — %2", "person name — function, organisation")
                      .arg(person.name, details.join(QStringLiteral(", ")));
            auto *item = new QStandardItem(display);
            item->setData(person.name, CompletingDelegate::CompletionRole);
            item->setData(person.id, CompletingDelegate::IdRole);
            item->setToolTip(display);
            m_peopleCompletion->appendRow(item);
            functions << person.function;
            organisationNames << person.organisation;
        }
        for (const Organisation &organisation : organisations)
            organisationNames << organisation.name;
        m_functionCompletion->setStringList(sortedUnique(functions));
        m_organisationCompletion->setStringList(sortedUnique(organisationNames));
        m_participantRoleCompletion->setStringList(m_repository->participantRoles());
        m_partnerRoleCompletion->setStringList(m_repository->partnerRoles());
    } catch (const LibraryError &error) {
        emit statusMessage(error.message());
    }
    showType();
}

void MetadataPanel::setResource(const Resource &resource)
{
    m_type = resource.type;
    m_private = PrivateFlag{resource.isPrivate, resource.privateConfirmed};
    m_status = resource.status;
    m_dates = EventDates{resource.dateStart, resource.dateEnd};
    if (m_dates.start.isValid() && (!m_dates.end.isValid() || m_dates.end < m_dates.start))
        m_dates.end = m_dates.start;
    if (!m_dates.start.isValid())
        m_dates.end = QDate();
    m_place = resource.place;
    m_attendance = resource.attendance;

    showType();
    {
        const QSignalBlocker b(m_privateCheck);
        m_privateCheck->setChecked(m_private.isPrivate);
    }
    m_statusControl->setStatus(m_status);
    m_statusControl->setResourceTitle(resource.title);
    showDates();
    {
        const QSignalBlocker b(m_placeEdit);
        m_placeEdit->setText(m_place);
    }
    {
        const QSignalBlocker b(m_attendanceSpin);
        m_attendanceSpin->setValue(m_attendance.value_or(0));
    }
    updateAttendanceSuffix();
    m_participantsModel->setParticipants(resource.participants);
    m_partnersModel->setPartners(resource.partners);
    m_placeKey = newMergeKey();
    m_attendanceKey = newMergeKey();
    m_datesKey = newMergeKey();
    if (m_stack == m_ownStack)
        m_ownStack->clear();
    m_current = resource;
    m_hasResource = true;
    updateChecks();
}

void MetadataPanel::clearResource()
{
    setResource(Resource{});
    m_hasResource = false;
    updateChecks();
}

void MetadataPanel::setCurrentResource(const Resource &resource)
{
    m_current = resource;
    m_statusControl->setResourceTitle(resource.title);
    updateChecks();
}

void MetadataPanel::setReviewSettings(const ReviewSettings &settings)
{
    m_reviewSettings = settings;
    updateChecks();
}

void MetadataPanel::updateChecks()
{
    if (!m_hasResource) {
        m_problems.clear();
        m_checks->showNoResource();
        m_statusControl->updateMenu();
        return;
    }
    Resource resource = m_current;
    applyTo(resource);
    resource.status = m_status;
    // Rows without a name are left out by applyTo() but still block: count them as they are.
    resource.participants = m_participantsModel->participants();
    resource.partners = m_partnersModel->partners();
    m_current = resource;
    m_problems = checkResource(resource, m_reviewSettings,
                               [this](const QString &key) { return imageExists(key); });
    m_checks->setProblems(m_problems);
    m_statusControl->updateMenu();
}

bool MetadataPanel::imageExists(const QString &key) const
{
    if (!m_repository)
        return true; // nothing to check against: do not report every image as missing
    if (m_knownImages.value(key))
        return true;
    bool exists = false;
    try {
        exists = !m_repository->loadImage(key).isEmpty();
    } catch (const LibraryError &) {
        exists = false;
    }
    if (exists) // stored images never change (content hash): remember the good ones only
        m_knownImages.insert(key, true);
    return exists;
}

QStringList MetadataPanel::refusalReasons(Status to) const
{
    const auto finder = [this](const Resource &r) {
        return blockingProblems(r, m_reviewSettings, [this](const QString &key) { return imageExists(key); });
    };
    if (m_repository)
        return StatusService(*m_repository, finder).refusalReasons(m_current, to);
    if (!StatusService::isAllowedTransition(m_current.status, to))
        return {tr("The workflow does not allow this change.")};
    return StatusService::requiresChecks(to) ? finder(m_current) : QStringList();
}

void MetadataPanel::focusField(const QString &field)
{
    QWidget *target = nullptr;
    if (field == u"type") {
        target = m_typeCombo;
    } else if (field == u"date") {
        target = m_dates.start.isValid() && m_startEdit->isEnabled() ? static_cast<QWidget *>(m_startEdit)
                                                                     : static_cast<QWidget *>(m_dateKnown);
    } else if (field == u"private") {
        target = m_privateCheck;
    } else if (field == u"participants" || field == u"partners") {
        const bool participants = field == u"participants";
        QAbstractItemView *view = participants ? static_cast<QAbstractItemView *>(m_participantsEditor->view())
                                               : static_cast<QAbstractItemView *>(m_partnersEditor->view());
        QAbstractItemModel *model = view->model();
        // Go to the first row without a name (what the checks complain about), else the first.
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->index(r, 0).data(Qt::EditRole).toString().trimmed().isEmpty())
                row = r;
        }
        if (row < 0 && model->rowCount() > 0)
            row = 0;
        if (row >= 0)
            view->setCurrentIndex(model->index(row, 0));
        target = view;
    }
    if (!target)
        return;
    m_scroll->ensureWidgetVisible(target);
    target->setFocus(Qt::OtherFocusReason);
}

void MetadataPanel::applyTo(Resource &resource) const
{
    resource.type = m_type;
    resource.isPrivate = m_private.isPrivate;
    resource.privateConfirmed = m_private.confirmed;
    resource.dateStart = m_dates.start;
    resource.dateEnd = m_dates.start.isValid() ? std::max(m_dates.start, m_dates.end) : QDate();
    resource.place = m_place.trimmed();
    resource.attendance = m_attendance;
    resource.participants.clear();
    for (const Participant &p : m_participantsModel->participants()) {
        if (!p.name.trimmed().isEmpty())
            resource.participants.append(p);
    }
    resource.partners.clear();
    for (const Partner &p : m_partnersModel->partners()) {
        if (!p.name.trimmed().isEmpty())
            resource.partners.append(p);
    }
}

void MetadataPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_typeCombo->setEnabled(!readOnly);
    m_privateCheck->setEnabled(!readOnly);
    m_placeEdit->setReadOnly(readOnly);
    m_attendanceSpin->setReadOnly(readOnly);
    m_participantsEditor->setReadOnly(readOnly);
    m_partnersEditor->setReadOnly(readOnly);
    m_statusControl->setReadOnly(readOnly);
    showDates();
}

// --- Edits --------------------------------------------------------------------------------

void MetadataPanel::push(QUndoCommand *command)
{
    if (m_readOnly || command->isObsolete()) {
        delete command;
        return;
    }
    m_stack->push(command);
}

void MetadataPanel::commitTypeText()
{
    if (m_committingType) // the confirmation box takes focus: editingFinished again
        return;
    QString text = m_typeCombo->currentText().trimmed();
    if (text == m_type)
        return;
    if (!text.isEmpty()) {
        const auto it = std::find_if(m_types.cbegin(), m_types.cend(), [&](const QString &t) {
            return t.compare(text, Qt::CaseInsensitive) == 0;
        });
        if (it != m_types.cend()) {
            text = *it;
        } else if (text != m_type) {
            m_committingType = true;
            const bool add = m_repository && !m_repository->isReadOnly() && m_confirmNewType
                && m_confirmNewType(text);
            m_committingType = false;
            if (!add) {
                showType();
                return;
            }
            try {
                if (m_library)
                    m_library->addResourceType(text);
                else
                    m_repository->addResourceType(text);
                m_types = m_repository->resourceTypes();
                emit statusMessage(tr("The type “%1” was added to the library.").arg(text));
            } catch (const LibraryError &error) {
                QMessageBox::warning(this, tr("New resource type"), error.message());
                showType();
                return;
            }
        }
    }
    push(new ChangeTypeCommand(this, m_type, text));
    showType();
}

void MetadataPanel::onDateKnownToggled(bool known)
{
    EventDates dates;
    if (known) {
        dates.start = QDate::currentDate();
        dates.end = dates.start;
    }
    push(new ChangeDatesCommand(this, m_dates, dates));
    m_datesKey = newMergeKey();
}

void MetadataPanel::onStartEdited(const QDate &date)
{
    if (!m_dates.start.isValid() || date == UnknownDateSentinel)
        return;
    EventDates dates = m_dates;
    dates.start = date;
    // A one-day event stays a one-day event; an end before the new start follows it.
    if (m_dates.end == m_dates.start || !m_dates.end.isValid() || m_dates.end < date)
        dates.end = date;
    push(new ChangeDatesCommand(this, m_dates, dates, m_datesKey));
}

void MetadataPanel::onEndEdited(const QDate &date)
{
    if (!m_dates.start.isValid() || date == UnknownDateSentinel)
        return;
    EventDates dates = m_dates;
    dates.end = std::max(date, m_dates.start);
    push(new ChangeDatesCommand(this, m_dates, dates, m_datesKey));
}

// --- MetadataTarget: values coming back from the undo stack ------------------------------

void MetadataPanel::setTypeValue(const QString &type)
{
    m_type = type;
    showType();
    emit metadataChanged();
}

void MetadataPanel::setPrivateValue(bool isPrivate, bool confirmed)
{
    m_private = PrivateFlag{isPrivate, confirmed};
    const QSignalBlocker b(m_privateCheck);
    m_privateCheck->setChecked(isPrivate);
    emit metadataChanged();
}

void MetadataPanel::setDatesValue(const QDate &start, const QDate &end)
{
    m_dates = EventDates{start, end};
    showDates();
    emit metadataChanged();
}

void MetadataPanel::setPlaceValue(const QString &place)
{
    m_place = place;
    if (m_placeEdit->text() != place) {
        const QSignalBlocker b(m_placeEdit);
        m_placeEdit->setText(place);
    }
    emit metadataChanged();
}

void MetadataPanel::setAttendanceValue(std::optional<int> attendance)
{
    m_attendance = attendance;
    if (m_attendanceSpin->value() != attendance.value_or(0)) {
        const QSignalBlocker b(m_attendanceSpin);
        m_attendanceSpin->setValue(attendance.value_or(0));
    }
    updateAttendanceSuffix();
    emit metadataChanged();
}

void MetadataPanel::setParticipantsValue(const QList<Participant> &participants)
{
    m_participantsModel->setParticipants(participants);
    emit metadataChanged();
}

void MetadataPanel::setPartnersValue(const QList<Partner> &partners)
{
    m_partnersModel->setPartners(partners);
    emit metadataChanged();
}

// --- Display ------------------------------------------------------------------------------

void MetadataPanel::showType()
{
    const QSignalBlocker b(m_typeCombo);
    const QSignalBlocker b2(m_typeCombo->lineEdit());
    QStringList items = m_types;
    if (!m_type.isEmpty() && !items.contains(m_type))
        items.append(m_type); // a type no longer in the list stays visible on its resource
    m_typeCombo->clear();
    m_typeCombo->addItem(QString());
    m_typeCombo->addItems(items);
    m_typeCombo->setCurrentIndex(m_type.isEmpty() ? 0 : m_typeCombo->findText(m_type));
    m_typeCombo->setEditText(m_type);
}

// "1 person", "2 people" (French: "0 personne", "1 personne", "2 personnes").
void MetadataPanel::updateAttendanceSuffix()
{
    const QString suffix = tr(" people", "attendance, after the number", m_attendanceSpin->value());
    if (m_attendanceSpin->suffix() != suffix)
        m_attendanceSpin->setSuffix(suffix);
}

void MetadataPanel::showDates()
{
    const bool known = m_dates.start.isValid();
    const QSignalBlocker b0(m_dateKnown);
    const QSignalBlocker b1(m_startEdit);
    const QSignalBlocker b2(m_endEdit);
    m_dateKnown->setChecked(known);
    m_dateKnown->setEnabled(!m_readOnly);
    m_startEdit->setEnabled(known && !m_readOnly);
    m_endEdit->setEnabled(known && !m_readOnly);
    if (known) {
        m_startEdit->setSpecialValueText(QString());
        m_endEdit->setSpecialValueText(QString());
        m_startEdit->setMinimumDate(UnknownDateSentinel);
        m_startEdit->setDate(m_dates.start);
        m_endEdit->setMinimumDate(m_dates.start);
        m_endEdit->setDate(std::max(m_dates.end, m_dates.start));
    } else {
        const QString unknown = tr("—", "unknown date");
        m_startEdit->setSpecialValueText(unknown);
        m_endEdit->setSpecialValueText(unknown);
        m_startEdit->setMinimumDate(UnknownDateSentinel);
        m_endEdit->setMinimumDate(UnknownDateSentinel);
        m_startEdit->setDate(UnknownDateSentinel);
        m_endEdit->setDate(UnknownDateSentinel);
    }
}

// --- Keyboard -----------------------------------------------------------------------------

void MetadataPanel::watchForUndoKeys(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool MetadataPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Z in a metadata field undoes through the metadata undo stack, not the
    // field's own little undo buffer, so each field's history is the stack's.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (m_stack && !m_readOnly) {
                // Finish the typing stretch first so the next keystrokes start a new command.
                m_placeKey = newMergeKey();
                m_attendanceKey = newMergeKey();
                m_datesKey = newMergeKey();
                if (undo)
                    m_stack->undo();
                else
                    m_stack->redo();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MetadataPanel::openAddressBook()
{
    if (!m_repository)
        return;
    // Through the library when there is one: the other views follow its announcements.
    const auto dialogPtr = m_library ? std::make_unique<AddressBookDialog>(m_library, this)
                                     : std::make_unique<AddressBookDialog>(m_repository, this);
    AddressBookDialog &dialog = *dialogPtr;
    dialog.exec();
    if (!dialog.changed())
        return;
    if (!m_library)
        reloadDirectory();
    // People merged away: point the rows of this resource at the person kept.
    const QHash<qint64, qint64> merged = dialog.mergedPeople();
    if (!merged.isEmpty()) {
        QList<Participant> list = m_participantsModel->participants();
        for (Participant &p : list) {
            if (merged.contains(p.personId))
                p.personId = merged.value(p.personId);
        }
        m_participantsModel->setParticipants(list);
    }
    const QHash<qint64, qint64> mergedOrgs = dialog.mergedOrganisations();
    if (!mergedOrgs.isEmpty()) {
        QList<Partner> list = m_partnersModel->partners();
        for (Partner &p : list) {
            if (mergedOrgs.contains(p.organisationId))
                p.organisationId = mergedOrgs.value(p.organisationId);
        }
        m_partnersModel->setPartners(list);
    }
    emit addressBookChanged();
}

} // namespace Actes
