#pragma once

#include "session/editsession.h"

#include <QObject>

namespace Actes {

class Library;
class NoticeBar;
class PresenceTracker;
class ResourceEditorPane;
class ResourceListPanel;

// Seeing each other work, in the window: the list's rows and a banner above the open resource
// say who else is editing it (presence; editing stays possible), and a banner says who changed
// the open resource elsewhere and what ("Claire Martin changed the title and the body at
// 14:32"), whether the new version is shown or the edits made here are kept (then saving them
// offers the conflict choice, as before).
class TeamActivityController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamActivityController)
public:
    TeamActivityController(QObject *parent, Library *library, EditSession *session, ResourceEditorPane *editor,
                           ResourceListPanel *list);

    PresenceTracker *presence() const { return m_presence; }
    // "Claire Martin is also editing this resource…" (objectName presenceNotice).
    NoticeBar *presenceNotice() const { return m_presenceNotice; }
    // "Claire Martin changed the title at 14:32…" (objectName changedElsewhereNotice).
    NoticeBar *changeNotice() const { return m_changeNotice; }

    // The window closes: the others stop seeing this one as editing at once.
    void stop();

    // The words of a change for the banner (translated).
    static QString changeText(const EditSession::ChangeElsewhere &change);

private:
    void updatePresenceNotice();
    void showChange(const EditSession::ChangeElsewhere &change);

    EditSession *m_session = nullptr;
    ResourceListPanel *m_list = nullptr;
    PresenceTracker *m_presence = nullptr;
    NoticeBar *m_presenceNotice = nullptr;
    NoticeBar *m_changeNotice = nullptr;
    EditSession::ChangeElsewhere m_change;
};

} // namespace Actes
