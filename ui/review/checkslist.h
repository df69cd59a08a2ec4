#pragma once

#include "review/checks.h"

#include <QList>
#include <QPalette>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;

namespace Actes {

// "Checks before publishing": the problems found in the resource shown, one row each (an icon
// for blocking problems and warnings, the message). Clicking a row, or Enter / Space on it,
// emits problemActivated() with the field to go to. When nothing is found, a single positive
// line says the resource is ready to publish. A warning a person may dismiss (Problem::key, e.g.
// "the text mentions a slide deck that is not attached") has a Dismiss action: the button under
// the list for the selected row, the row's context menu, or Delete; it emits dismissRequested()
// and the owner records it (undoably) on the resource.
class ChecksList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksList)
public:
    explicit ChecksList(QWidget *parent = nullptr);

    void setProblems(const QList<Problem> &problems);
    // No resource is shown: a hint instead of the problems of an empty resource.
    void showNoResource();
    bool isShowingNoResource() const { return m_noResource; }
    QList<Problem> problems() const { return m_problems; }
    int blockingCount() const;

    // Emits problemActivated() for the problem of that row (as a click would).
    void activateRow(int row);
    // Emits dismissRequested() for the warning of that row when it may be dismissed.
    void dismissRow(int row);
    // Whether the problem of that row may be dismissed.
    bool canDismissRow(int row) const;
    // No dismissing in a read-only library.
    void setDismissEnabled(bool enabled);

    // For the window's keyboard navigation and for tests.
    QListWidget *listWidget() const { return m_list; }
    QLabel *readyLabel() const { return m_ready; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *dismissButton() const { return m_dismissButton; }
    QAction *dismissAction() const { return m_dismissAction; }

signals:
    void problemActivated(const QString &field);
    void dismissRequested(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void updateListHeight();
    void updateDismiss();

    QList<Problem> m_problems;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_ready = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_dismissButton = nullptr;
    QAction *m_dismissAction = nullptr;
    bool m_dismissEnabled = true;
    int m_lastWidth = -1;
    bool m_noResource = false;
    QPalette m_readyPalette;
};

} // namespace Actes
