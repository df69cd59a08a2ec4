#include "teamactivitycontroller.h"

#include "domain/revision.h"
#include "editor/noticebar.h"
#include "editor/resourceeditorpane.h"
#include "library/library.h"
#include "library/presencetracker.h"
#include "list/resourcelistpanel.h"
#include "models/resourcelistmodel.h"

#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

// "the title", "the body"... as said in a sentence.
QString fieldPhrase(const QString &key)
{
    using namespace RevisionFields;
    static const QHash<QString, const char *> phrases = {
        {QString::fromUtf16(Title), QT_TRANSLATE_NOOP("Actes::TeamActivityController", "the title")},
        {QString::fromUtf16(Type), QT_TRANSLATE_NOOP("Actes::TeamActivityController", "the type")},
        {QString::fromUtf16(Private), QT_TRANSLATE_NOOP("Actes::TeamActivityController", "the privacy")},
        {QString::fromUtf16(RevisionFields::Status), QT_TRANSLATE_NOOP("Actes::TeamActivityController", "the status")},
        {QString::fromUtf16(Dates), QT_TRANSLATE_NOOP("Actes::TeamActivityController", "the dates")},
        {QString::fromUtf16(Place), QT_TRANSLATE_NOOP("Actes::TeamActivityController", "the place")},
        {QString::fromUtf16(Attendance), QT_TRANSLATE_NOOP("Actes::TeamActivityController", "the attendance")},
        {QString::fromUtf16(Summary), QT_TRANSLATE_NOOP("Actes::TeamActivityController", "the summary")},
        {QString::fromUtf16(Body), QT_TRANSLATE_NOOP("Actes::TeamActivityController", "the body")},
        {QString::fromUtf16(Participants), QT_TRANSLATE_NOOP("Actes::TeamActivityController", "the participants")},
        {QString::fromUtf16(Partners), QT_TRANSLATE_NOOP("Actes::TeamActivityController", "the partners")},
        {QString::fromUtf16(Review), QT_TRANSLATE_NOOP("Actes::TeamActivityController", "the review note")},
    };
    const char *phrase = phrases.value(key);
    return phrase ? TeamActivityController::tr(phrase) : key;
}

} // namespace

TeamActivityController::TeamActivityController(QObject *parent, Library *library, EditSession *session,
                                               ResourceEditorPane *editor, ResourceListPanel *list)
    : QObject(parent),
      m_session(session),
      m_list(list),
      m_presence(new PresenceTracker(this)),
      m_presenceNotice(new NoticeBar(editor)),
      m_changeNotice(new NoticeBar(editor))
{
    m_presenceNotice->setObjectName(u"presenceNotice"_s);
    m_changeNotice->setObjectName(u"changedElsewhereNotice"_s);
    editor->addNotice(m_changeNotice);
    editor->addNotice(m_presenceNotice);   // the topmost

    m_presence->setLibrary(library);
    m_presence->setSession(session);
    connect(m_presence, &PresenceTracker::editorsChanged, this, [this] {
        m_list->model()->setEditors(m_presence->editors());
        updatePresenceNotice();
    });
    connect(library, &Library::repositoryChanged, this, [this] {
        m_changeNotice->hide();
        updatePresenceNotice();
    });

    connect(session, &EditSession::changedElsewhere, this, &TeamActivityController::showChange);
    connect(session, &EditSession::resourceLoaded, this, [this](const Resource &resource) {
        if (resource.id != m_change.resourceId)
            m_changeNotice->hide();   // another resource
        else if (!m_change.reloaded)
            m_changeNotice->hide();   // their version taken ("keep theirs")
        updatePresenceNotice();
    });
    // The next change saved here: the user has moved on (or chosen a version in the conflict).
    connect(session, &EditSession::saved, this, [this] { m_changeNotice->hide(); });
}

void TeamActivityController::stop()
{
    m_presence->stop();
}

void TeamActivityController::updatePresenceNotice()
{
    const QStringList names = m_session->hasResource() ? m_presence->editorsOf(m_session->resourceId()) : QStringList();
    if (names.isEmpty()) {
        m_presenceNotice->hide();
        return;
    }
    m_presenceNotice->setText(
        names.size() == 1
            ? tr("%1 is also editing this resource. You can still edit it; if you both save changes, you will "
                 "be asked which version to keep.")
                  .arg(names.first())
            : tr("%1 are also editing this resource. You can still edit it; if you save changes after them, you "
                 "will be asked which version to keep.")
                  .arg(PresenceTracker::listText(names)));
    m_presenceNotice->setToolTip(PresenceTracker::editingText(names));
    m_presenceNotice->show();
}

QString TeamActivityController::changeText(const EditSession::ChangeElsewhere &change)
{
    QStringList fields;
    for (const QString &key : change.fields)
        fields.append(fieldPhrase(key));
    const QString who = change.author.trimmed().isEmpty() ? tr("Someone else") : change.author.trimmed();
    const QDateTime local = change.at.toLocalTime();
    // 14:32 (the hour as the French write it in a sentence), with the date when not today.
    const QString time = local.time().toString(u"HH:mm"_s);
    const QString when = local.date() == QDate::currentDate()
        ? time
        : tr("%1 %2", "date time").arg(QLocale().toString(local.date(), QLocale::ShortFormat), time);
    QString what;
    if (change.byMe) {
        what = fields.isEmpty() ? tr("You changed this resource in another window at %1.").arg(when)
                                : tr("You changed %1 in another window at %2.").arg(PresenceTracker::listText(fields), when);
    } else {
        what = fields.isEmpty() ? tr("%1 changed this resource at %2.").arg(who, when)
                                : tr("%1 changed %2 at %3.").arg(who, PresenceTracker::listText(fields), when);
    }
    return change.reloaded ? tr("%1 The new version is shown.").arg(what)
                           : tr("%1 Your changes here are not saved yet: when they are, you will be asked which "
                                "version to keep.")
                                 .arg(what);
}

void TeamActivityController::showChange(const EditSession::ChangeElsewhere &change)
{
    m_change = change;
    m_changeNotice->setText(changeText(change));
    m_changeNotice->show();
}

} // namespace Actes
