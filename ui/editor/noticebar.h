#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QHBoxLayout;

namespace Actes {

// A banner above the text of the open resource, for what the user must know about it now
// (amber, a message and a few buttons). Hidden until show() is called.
class NoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    QPushButton *addButton(const QString &objectName);
    // The buttons on the right of the text instead of under it (a banner across the window).
    void setButtonsBeside(bool beside);
    QLabel *label() const { return m_label; }

private:
    QLabel *m_label = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    bool m_beside = false;
};

} // namespace Actes
