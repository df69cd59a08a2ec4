#include "editor/noticebar.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Actes {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    setObjectName(u"noticeBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette amber = palette();
    amber.setColor(QPalette::Window, QColor(0xfd, 0xf1, 0xd0));
    amber.setColor(QPalette::WindowText, QColor(0x5c, 0x40, 0x00));
    setPalette(amber);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addLayout(m_buttons);
    hide();
}

void NoticeBar::setText(const QString &text)
{
    m_label->setText(text);
    setAccessibleName(text);
}

QString NoticeBar::text() const
{
    return m_label->text();
}

void NoticeBar::setButtonsBeside(bool beside)
{
    if (beside == m_beside)
        return;
    m_beside = beside;
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->removeWidget(m_label);
    if (beside) {
        m_buttons->insertWidget(0, m_label, 1);
    } else {
        m_buttons->removeWidget(m_label);
        layout->insertWidget(0, m_label);
    }
}

QPushButton *NoticeBar::addButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    m_buttons->addWidget(button);
    return button;
}

} // namespace Actes
