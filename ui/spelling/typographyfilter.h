#pragma once

#include <QObject>

#include "text/typography.h"

class QTextEdit;

namespace Actes {

// French typography as you type: installed on a QTextEdit, it applies
// typographyForKeystroke() after each typed character (and Enter), as its own undo step, so
// that Ctrl+Z undoes the automatic fix and leaves what was typed. Nothing is changed inside
// links or code-formatted text (isTypographyProtectedFormat), nor in a read-only editor.
//
//     new TypographyFilter(editor);   // owned by the editor
class TypographyFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypographyFilter)
public:
    explicit TypographyFilter(QTextEdit *editor);
    ~TypographyFilter() override;

    void setOptions(const TypographyOptions &options) { m_options = options; }
    TypographyOptions options() const { return m_options; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // How many automatic fixes were made (for tests and the status bar).
    int fixCount() const { return m_fixCount; }

signals:
    // After each automatic fix.
    void fixed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void afterKey(QChar typed, int blocksBefore);

    QTextEdit *m_editor = nullptr;
    TypographyOptions m_options;
    bool m_enabled = true;
    bool m_forwarding = false;
    int m_fixCount = 0;
};

} // namespace Actes
