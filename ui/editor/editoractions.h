#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QToolButton;
class QWidget;

namespace Actes {

class FindReplaceBar;
class RichTextEditor;

// The formatting actions of the rich-text editors. They act on the current editor: the
// registered editor that has (or last had) the keyboard focus; when the focus goes to another
// kind of field (title, metadata), formatting is disabled. Checkable actions follow the
// format at the cursor.
class EditorActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorActions)
public:
    enum Id {
        Paragraph, Heading2, Heading3, Heading4, Quotation,
        Bold, Italic, Underline, StrikeOut,
        BulletList, NumberedList, Indent, Outdent,
        AlignLeft, AlignCenter, AlignRight, AlignJustify,
        Link, RemoveLink,
        ImageFromFile, ImageFromClipboard,
        InsertTable, InsertRowBelow, InsertColumnAfter, RemoveRow, RemoveColumn,
        ClearFormatting, PasteAsPlainText,
        Find, Replace, FindNext, FindPrevious,
        IdCount
    };

    explicit EditorActions(QObject *parent = nullptr);

    void addEditor(RichTextEditor *editor);
    void setCurrentEditor(RichTextEditor *editor);
    RichTextEditor *currentEditor() const { return m_current; }
    void setFindReplaceBar(FindReplaceBar *bar);
    void setReadOnly(bool readOnly);

    QAction *action(Id id) const { return m_actions.value(id); }
    // Every formatting action, with separator actions between groups (for menus).
    QList<QAction *> formatActions() const;
    QMenu *formatMenu(QWidget *parent);
    QToolBar *toolBar(QWidget *parent);
    QAction *findAction() const { return action(Find); }
    QAction *replaceAction() const { return action(Replace); }

    // Refreshes checked / enabled states from the current editor's cursor.
    void updateStates();

    // The dialogs, callable directly (tests drive the operations without dialogs).
    void editLink();
    void insertImageFromFile();
    void insertTableWithDialog();

signals:
    void statusMessage(const QString &message);

private:
    QAction *make(Id id, const QString &text, const QString &iconName, const QString &fallback,
                  const QKeySequence &shortcut = {}, bool checkable = false);
    void connectEditor(RichTextEditor *editor);
    void onFocusChanged(QWidget *old, QWidget *now);
    void run(const std::function<void(RichTextEditor *)> &fn);
    void setBlockStyle(Id id);
    void setAlignment(Id id);
    QString styleName(Id id) const;

    QHash<Id, QAction *> m_actions;
    QList<QPointer<RichTextEditor>> m_editors;
    QPointer<RichTextEditor> m_current;
    QPointer<FindReplaceBar> m_findBar;
    QActionGroup *m_styleGroup = nullptr;
    QActionGroup *m_alignGroup = nullptr;
    QList<QPointer<QToolButton>> m_styleButtons;
    bool m_editorActive = false;
    bool m_readOnly = false;
};

} // namespace Actes
