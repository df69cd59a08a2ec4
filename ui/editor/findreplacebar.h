#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;

namespace Actes {

// A find / replace bar shown under the editors (Ctrl+F, Ctrl+H, Esc closes it).
// Replace all is one undo step of the editor.
class FindReplaceBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindReplaceBar)
public:
    explicit FindReplaceBar(QWidget *parent = nullptr);

    void setEditor(QTextEdit *editor);
    QTextEdit *editor() const { return m_editor; }

    // Shows the bar with the selection (if any, on one line) as the text to find.
    void showFind();
    void showReplace();

    bool findNext();
    bool findPrevious();
    bool replaceCurrent();
    int replaceAll();

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QCheckBox *caseCheck() const { return m_case; }
    QCheckBox *wholeWordsCheck() const { return m_wholeWords; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void prepare(bool replace);
    bool find(bool backward);
    void setMessage(const QString &message, bool problem = false);

    QPointer<QTextEdit> m_editor;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_case = nullptr;
    QCheckBox *m_wholeWords = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_replaceRow = nullptr;
};

} // namespace Actes
