#pragma once

#include "domain/resource.h"
#include "review/checks.h"
#include "session/resourcedocument.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStandardItemModel;
class QStringListModel;
class QUndoCommand;

namespace Actes {

class ChecksList;
class CompletingDelegate;
class LinkTableEditor;
class ParticipantsModel;
class PartnersModel;
class Library;
class ResourceRepository;
class StatusControl;

// The metadata of one resource (everything but title, summary and body): type, private flag,
// status, event dates, place, attendance, participants and partners, shown from a
// ResourceDocument. The panel only displays the document (it follows its signals) and turns
// each user edit into one QUndoCommand pushed on the document's undo stack; the command
// changes the document, and the panel shows the change like any other.
//
// At the top, the review: the workflow status with a "Change status…" menu (the window
// performs the change, see statusChangeRequested()) and the checks before publishing, computed
// on the fly from the resource as edited (setCurrentResource(); the panel's own edits are taken
// into account at once).
class MetadataPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataPanel)
public:
    explicit MetadataPanel(QWidget *parent = nullptr);
    ~MetadataPanel() override;

    void setRepository(ResourceRepository *repository);
    // Follows the library: completion lists re-read when the directory changes, here or
    // elsewhere; new types are added through it.
    void setLibrary(Library *library);
    // The document shown and edited (the window gives the edit session's). Until one is set,
    // the panel shows a document of its own. A closed document (ResourceDocument::clear())
    // shows empty fields and a hint instead of the checks of an empty resource.
    void setDocument(ResourceDocument *document);
    ResourceDocument *document() const { return m_document; }

    // Loads resource into the panel's document (no field signal, no undo entry): for a panel on
    // a document of its own (tests, previews); the window's document is loaded by its session.
    void setResource(const Resource &resource);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The whole resource as currently edited (title, summary and body from the editor pane
    // included), for the checks and the status menu. Shows nothing else: no signal, no undo.
    // The panel's own fields always count with their current values.
    void setCurrentResource(const Resource &resource);
    // Limits used by the checks (summary length).
    void setReviewSettings(const ReviewSettings &settings);
    // The problems found in the resource as edited now.
    QList<Problem> problems() const { return m_problems; }
    // Gives the keyboard focus to the widget of a field of this panel ("type", "date",
    // "private", "participants", "partners"), scrolled into view. Other fields are ignored.
    void focusField(const QString &field);

    // Re-reads types, people, organisations and roles from the repository (completion lists).
    void reloadDirectory();

    // The widgets, for the window's keyboard navigation and for tests.
    QComboBox *typeCombo() const { return m_typeCombo; }
    QCheckBox *privateCheck() const { return m_privateCheck; }
    QCheckBox *dateKnownCheck() const { return m_dateKnown; }
    QDateEdit *startDateEdit() const { return m_startEdit; }
    QDateEdit *endDateEdit() const { return m_endEdit; }
    QLineEdit *placeEdit() const { return m_placeEdit; }
    QSpinBox *attendanceSpin() const { return m_attendanceSpin; }
    LinkTableEditor *participantsEditor() const { return m_participantsEditor; }
    LinkTableEditor *partnersEditor() const { return m_partnersEditor; }
    ParticipantsModel *participantsModel() const { return m_participantsModel; }
    PartnersModel *partnersModel() const { return m_partnersModel; }
    QPushButton *addressBookButton() const { return m_addressBookButton; }
    // What the importer was unsure of, and the button that confirms it (hidden otherwise).
    QLabel *importNoteLabel() const { return m_importNote; }
    QPushButton *importCheckedButton() const { return m_importChecked; }
    ChecksList *checksList() const { return m_checks; }
    StatusControl *statusControl() const { return m_statusControl; }

    void openAddressBook();

signals:
    // The address book (people / organisations) was edited in its dialog.
    void addressBookChanged();
    // A short message for the status bar.
    void statusMessage(const QString &message);
    // A problem of the checks list was clicked (or Enter pressed on it). The panel has already
    // focused its own fields (focusField()); the window focuses title, summary and body.
    void problemActivated(const QString &field);
    // The user chose a new status (and typed an optional comment) in the status menu. The
    // window saves pending edits, performs it with StatusService::changeStatus() and reloads.
    void statusChangeRequested(Actes::Status to, const QString &comment, const QString &reviewer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Following the document.
    void showDocument();
    void showPrivateFlag();
    void showPlace();
    void showAttendance();

    void push(QUndoCommand *command);
    void buildUi();
    QWidget *buildScrollArea();
    void buildTypeAndPrivacy(QWidget *content);
    void buildReview(QWidget *content);
    void buildEventFields(QWidget *content);
    QFormLayout *buildFieldsForm();
    void buildLinkTables(QWidget *content);
    void layOut(QWidget *content, QFormLayout *form);
    void connectEdits();
    void retranslateUi();
    void showType();
    void showDates();
    void showImportReview();
    void updateAttendanceSuffix();
    void commitTypeText();
    void onDateKnownToggled(bool known);
    void onStartEdited(const QDate &date);
    void onEndEdited(const QDate &date);
    void watchForUndoKeys(QWidget *widget);
    void updateChecks();
    QStringList refusalReasons(Status to) const;
    bool imageExists(const QString &key) const;
    int newMergeKey() { return ++m_mergeCounter; }

    ResourceRepository *m_repository = nullptr;
    Library *m_library = nullptr;
    ResourceDocument *m_ownDocument = nullptr;
    QPointer<ResourceDocument> m_document;  // the widgets show it

    QStringList m_types;
    Resource m_current;                     // the resource as edited, for the checks
    ReviewSettings m_reviewSettings;
    QList<Problem> m_problems;
    mutable QHash<QString, bool> m_knownImages;

    int m_mergeCounter = 0;
    int m_placeKey = 0;
    int m_attendanceKey = 0;
    int m_datesKey = 0;
    bool m_readOnly = false;
    bool m_committingType = false;

    QComboBox *m_typeCombo = nullptr;
    QCheckBox *m_privateCheck = nullptr;
    StatusControl *m_statusControl = nullptr;
    ChecksList *m_checks = nullptr;
    QScrollArea *m_scroll = nullptr;
    QCheckBox *m_dateKnown = nullptr;
    QDateEdit *m_startEdit = nullptr;
    QDateEdit *m_endEdit = nullptr;
    QLineEdit *m_placeEdit = nullptr;
    QSpinBox *m_attendanceSpin = nullptr;
    ParticipantsModel *m_participantsModel = nullptr;
    PartnersModel *m_partnersModel = nullptr;
    CompletingDelegate *m_participantsDelegate = nullptr;
    CompletingDelegate *m_partnersDelegate = nullptr;
    LinkTableEditor *m_participantsEditor = nullptr;
    LinkTableEditor *m_partnersEditor = nullptr;
    QPushButton *m_addressBookButton = nullptr;
    QFrame *m_importFrame = nullptr;
    QLabel *m_importNote = nullptr;
    QPushButton *m_importChecked = nullptr;
    QStandardItemModel *m_peopleCompletion = nullptr;
    QStringListModel *m_functionCompletion = nullptr;
    QStringListModel *m_organisationCompletion = nullptr;
    QStringListModel *m_participantRoleCompletion = nullptr;
    QStringListModel *m_partnerRoleCompletion = nullptr;
};

} // namespace Actes
