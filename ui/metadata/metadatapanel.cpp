#include "metadata/metadatapanel.h"

#include "dialogs/prompts.h"
#include "library/library.h"
#include "metadata/addressbookdialog.h"
#include "metadata/completingdelegate.h"
#include "metadata/linktableeditor.h"
#include "metadata/metadatapaneldetail.h"
#include "metadata/participantsmodel.h"
#include "metadata/partnersmodel.h"
#include "review/checkslist.h"
#include "review/reviewworkflow.h"
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
    m_ownDocument = new ResourceDocument(this);
    buildUi();
    setDocument(m_ownDocument);
}

MetadataPanel::~MetadataPanel() = default;

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

void MetadataPanel::setDocument(ResourceDocument *document)
{
    if (!document)
        document = m_ownDocument;
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    // Every change of the document, whoever made it (an edit here, undo, the session), shows.
    connect(document, &QObject::destroyed, this, [this] { m_document = m_ownDocument; });
    connect(document, &ResourceDocument::loaded, this, &MetadataPanel::showDocument);
    connect(document, &ResourceDocument::typeChanged, this, &MetadataPanel::showType);
    connect(document, &ResourceDocument::privateFlagChanged, this, &MetadataPanel::showPrivateFlag);
    connect(document, &ResourceDocument::datesChanged, this, &MetadataPanel::showDates);
    connect(document, &ResourceDocument::placeChanged, this, &MetadataPanel::showPlace);
    connect(document, &ResourceDocument::attendanceChanged, this, &MetadataPanel::showAttendance);
    connect(document, &ResourceDocument::participantsChanged, this,
            [this](const QList<Participant> &list) { m_participantsModel->setParticipants(list); });
    connect(document, &ResourceDocument::partnersChanged, this,
            [this](const QList<Partner> &list) { m_partnersModel->setPartners(list); });
    connect(document, &ResourceDocument::importReviewChanged, this, &MetadataPanel::showImportReview);
    connect(document, &ResourceDocument::statusChanged, this, [this](Status status) { m_statusControl->setStatus(status); });
    connect(document, &ResourceDocument::changed, this, &MetadataPanel::updateChecks);
    showDocument();
}

void MetadataPanel::setLibrary(Library *library)
{
    m_library = library;
    connect(library, &Library::directoryChanged, this, &MetadataPanel::reloadDirectory);
    connect(library, &Library::externalChange, this, &MetadataPanel::reloadDirectory);
    // Unresolved review comments block approval: the checks follow them.
    connect(library, &Library::commentsChanged, this, [this](qint64 id) {
        if (id == m_current.id)
            updateChecks();
    });
    connect(library, &Library::externalChange, this, &MetadataPanel::updateChecks);
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
                      .arg(person.name, details.join(u", "_s));
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
    m_document->load(resource);
}

void MetadataPanel::showDocument()
{
    const Resource &resource = m_document->resource();
    showType();
    showPrivateFlag();
    if (m_document->isOpen())
        m_statusControl->setStatus(resource.status);
    else
        m_statusControl->setNoResource();
    m_statusControl->setResourceTitle(resource.title);
    showDates();
    showImportReview();
    showPlace();
    showAttendance();
    m_participantsModel->setParticipants(resource.participants);
    m_partnersModel->setPartners(resource.partners);
    m_placeKey = newMergeKey();
    m_attendanceKey = newMergeKey();
    m_datesKey = newMergeKey();
    m_current = resource;
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
    if (!m_document->isOpen()) {
        m_problems.clear();
        m_checks->showNoResource();
        m_statusControl->updateMenu();
        return;
    }
    Resource resource = m_current;
    m_document->applyMetadataTo(resource);
    resource.status = m_document->status();
    // Rows without a name are left out of what is saved but still block: count them as they are.
    resource.participants = m_document->participants();
    resource.partners = m_document->partners();
    m_current = resource;
    m_problems = checkResource(resource, m_reviewSettings,
                               [this](const QString &key) { return imageExists(key); });
    if (m_repository) {
        try {
            m_problems += ReviewWorkflow::commentProblemsOf(*m_repository, resource);
        } catch (const LibraryError &) {
            // The library cannot be read now: the comments are checked again on the next change.
        }
    }
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
    if (m_repository) {
        try {
            return ReviewWorkflow(*m_repository, m_reviewSettings, [this](const QString &key) { return imageExists(key); })
                .refusalReasons(m_current, to);
        } catch (const LibraryError &e) {
            return {e.message()};   // the library cannot be read now (its comments are checked too)
        }
    }
    if (!StatusService::isAllowedTransition(m_current.status, to))
        return {tr("The workflow does not allow this change.")};
    return StatusService::requiresChecks(to) ? blockingProblems(m_current, m_reviewSettings) : QStringList();
}

void MetadataPanel::focusField(const QString &field)
{
    QWidget *target = nullptr;
    if (field == u"type") {
        target = m_typeCombo;
    } else if (field == u"date") {
        target = m_document->dates().start.isValid() && m_startEdit->isEnabled() ? static_cast<QWidget *>(m_startEdit)
                                                                     : static_cast<QWidget *>(m_dateKnown);
    } else if (field == u"private") {
        target = m_privateCheck;
    } else if (field == u"import") {
        target = m_importChecked->isVisible() && m_importChecked->isEnabled() ? m_importChecked : nullptr;
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
    m_checks->setDismissEnabled(!readOnly);
    m_importChecked->setEnabled(!readOnly);
    showDates();
}

// --- Edits --------------------------------------------------------------------------------

void MetadataPanel::push(QUndoCommand *command)
{
    if (m_readOnly || command->isObsolete()) {
        delete command;
        return;
    }
    m_document->undoStack()->push(command);
}

void MetadataPanel::commitTypeText()
{
    if (m_committingType) // the confirmation box takes focus: editingFinished again
        return;
    QString text = m_typeCombo->currentText().trimmed();
    const QString type = m_document->type();
    if (text == type)
        return;
    if (!text.isEmpty()) {
        const auto it = std::find_if(m_types.cbegin(), m_types.cend(), [&](const QString &t) {
            return t.compare(text, Qt::CaseInsensitive) == 0;
        });
        if (it != m_types.cend()) {
            text = *it;
        } else if (text != type) {
            m_committingType = true;
            const bool add = m_repository && !m_repository->isReadOnly()
                && Prompts::confirm(this, tr("New resource type"),
                                    tr("“%1” is not a resource type of this library yet. Add it to the list of "
                                       "types?")
                                        .arg(text),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                    == QMessageBox::Yes;
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
                Prompts::warn(this, tr("New resource type"), error.message());
                showType();
                return;
            }
        }
    }
    push(new ChangeTypeCommand(m_document, type, text));
    showType();
}

void MetadataPanel::onDateKnownToggled(bool known)
{
    EventDates dates;
    if (known) {
        dates.start = QDate::currentDate();
        dates.end = dates.start;
    }
    push(new ChangeDatesCommand(m_document, m_document->dates(), dates));
    m_datesKey = newMergeKey();
}

void MetadataPanel::onStartEdited(const QDate &date)
{
    const EventDates old = m_document->dates();
    if (!old.start.isValid() || date == UnknownDateSentinel)
        return;
    EventDates dates = old;
    dates.start = date;
    // A one-day event stays a one-day event; an end before the new start follows it.
    if (old.end == old.start || !old.end.isValid() || old.end < date)
        dates.end = date;
    push(new ChangeDatesCommand(m_document, old, dates, m_datesKey));
}

void MetadataPanel::onEndEdited(const QDate &date)
{
    const EventDates old = m_document->dates();
    if (!old.start.isValid() || date == UnknownDateSentinel)
        return;
    EventDates dates = old;
    dates.end = std::max(date, old.start);
    push(new ChangeDatesCommand(m_document, old, dates, m_datesKey));
}

// --- Following the document -------------------------------------------------------------

void MetadataPanel::showPrivateFlag()
{
    const QSignalBlocker b(m_privateCheck);
    m_privateCheck->setChecked(m_document->privateFlag().isPrivate);
}

void MetadataPanel::showPlace()
{
    const QString place = m_document->place();
    if (m_placeEdit->text() != place) {
        const QSignalBlocker b(m_placeEdit);
        m_placeEdit->setText(place);
    }
}

void MetadataPanel::showAttendance()
{
    const int value = m_document->attendance().value_or(0);
    if (m_attendanceSpin->value() != value) {
        const QSignalBlocker b(m_attendanceSpin);
        m_attendanceSpin->setValue(value);
    }
    updateAttendanceSuffix();
}

// --- Display ------------------------------------------------------------------------------

void MetadataPanel::showType()
{
    const QSignalBlocker b(m_typeCombo);
    const QSignalBlocker b2(m_typeCombo->lineEdit());
    const QString type = m_document->type();
    QStringList items = m_types;
    if (!type.isEmpty() && !items.contains(type))
        items.append(type); // a type no longer in the list stays visible on its resource
    m_typeCombo->clear();
    m_typeCombo->addItem(QString());
    m_typeCombo->addItems(items);
    m_typeCombo->setCurrentIndex(type.isEmpty() ? 0 : m_typeCombo->findText(type));
    m_typeCombo->setEditText(type);
}

void MetadataPanel::showImportReview()
{
    const ImportReview review = m_document->importReview();
    const QString note = review.note.trimmed();
    m_importNote->setText(note.isEmpty() ? tr("The import was unsure of this resource: check where it starts and "
                                              "ends, its title and its date.")
                                         : tr("To check after the import: %1").arg(note));
    m_importFrame->setVisible(review.needsReview);
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
    const EventDates dates = m_document->dates();
    const bool known = dates.start.isValid();
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
        m_startEdit->setDate(dates.start);
        m_endEdit->setMinimumDate(dates.start);
        m_endEdit->setDate(std::max(dates.end, dates.start));
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
    // Ctrl+Z in a metadata field undoes through the document's undo stack, not the
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
            if (!m_readOnly) {
                // Finish the typing stretch first so the next keystrokes start a new command.
                m_placeKey = newMergeKey();
                m_attendanceKey = newMergeKey();
                m_datesKey = newMergeKey();
                if (undo)
                    m_document->undoStack()->undo();
                else
                    m_document->undoStack()->redo();
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
    // Not an edit of this resource (no undo entry): the rows follow the address book.
    if (!merged.isEmpty()) {
        QList<Participant> list = m_document->participants();
        for (Participant &p : list) {
            if (merged.contains(p.personId))
                p.personId = merged.value(p.personId);
        }
        m_document->setParticipants(list);
    }
    const QHash<qint64, qint64> mergedOrgs = dialog.mergedOrganisations();
    if (!mergedOrgs.isEmpty()) {
        QList<Partner> list = m_document->partners();
        for (Partner &p : list) {
            if (mergedOrgs.contains(p.organisationId))
                p.organisationId = mergedOrgs.value(p.organisationId);
        }
        m_document->setPartners(list);
    }
    emit addressBookChanged();
}

} // namespace Actes
