#include "review/comparedialog.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_sideBySide = new QToolButton(this);
    m_inline = new QToolButton(this);
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : {m_sideBySide, m_inline}) {
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        group->addButton(button);
    }
    m_sideBySide->setChecked(true);
    m_unchanged = new QCheckBox(this);

    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::StyledPanel);
    m_browser->document()->setDocumentMargin(14);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_summary, 1);
    bar->addSpacing(12);
    bar->addWidget(m_sideBySide);
    bar->addWidget(m_inline);
    bar->addSpacing(12);
    bar->addWidget(m_unchanged);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    connect(m_sideBySide, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setDiffLayout(DiffLayout::SideBySide);
    });
    connect(m_inline, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setDiffLayout(DiffLayout::Inline);
    });
    connect(m_unchanged, &QCheckBox::toggled, this, &CompareDialog::setShowUnchanged);

    setSizeGripEnabled(true);
    resize(900, 600);
    retranslateUi();
    m_browser->setFocus();
}

void CompareDialog::setComparison(const Resource &older, const Resource &newer, const QString &olderCaption,
                                  const QString &newerCaption)
{
    m_older = older;
    m_newer = newer;
    m_olderCaption = olderCaption;
    m_newerCaption = newerCaption;
    const QString title = newer.title.trimmed().isEmpty() ? older.title : newer.title;
    setWindowTitle(title.trimmed().isEmpty() ? tr("Compare versions")
                                             : tr("Compare versions — %1").arg(title));
    render();
}

void CompareDialog::setDiffLayout(DiffLayout layout)
{
    m_layout = layout;
    {
        const QSignalBlocker b1(m_sideBySide);
        const QSignalBlocker b2(m_inline);
        m_sideBySide->setChecked(layout == DiffLayout::SideBySide);
        m_inline->setChecked(layout == DiffLayout::Inline);
    }
    render();
}

void CompareDialog::setShowUnchanged(bool show)
{
    m_showUnchanged = show;
    if (m_unchanged->isChecked() != show) {
        const QSignalBlocker b(m_unchanged);
        m_unchanged->setChecked(show);
    }
    render();
}

void CompareDialog::render()
{
    const QList<FieldDiff> all = compareResources(m_older, m_newer, true);
    m_changed.clear();
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(m_changed), [](const FieldDiff &d) { return d.changed(); });
    m_html = diffToHtml(m_showUnchanged ? all : m_changed, m_layout, m_olderCaption, m_newerCaption);

    const int vertical = m_browser->verticalScrollBar() ? m_browser->verticalScrollBar()->value() : 0;
    m_browser->setHtml(m_html);
    if (m_browser->verticalScrollBar())
        m_browser->verticalScrollBar()->setValue(vertical);

    if (m_changed.isEmpty()) {
        m_summary->setText(tr("The two versions are the same."));
    } else {
        QStringList labels;
        for (const FieldDiff &d : std::as_const(m_changed))
            labels << d.label;
        m_summary->setText(tr("Changed: %1.").arg(locale().createSeparatedList(labels)));
    }
}

void CompareDialog::retranslateUi()
{
    if (windowTitle().isEmpty())
        setWindowTitle(tr("Compare versions"));
    m_sideBySide->setText(tr("&Side by side"));
    m_sideBySide->setToolTip(tr("The older version on the left, the newer on the right."));
    m_inline->setText(tr("&Inline"));
    m_inline->setToolTip(tr("One column: removed words struck through in red, added words in green."));
    m_unchanged->setText(tr("Show &unchanged fields"));
    m_unchanged->setToolTip(tr("Also list the fields that are the same in both versions, for context."));
    m_browser->setAccessibleName(tr("Comparison"));
    m_summary->setAccessibleName(tr("Fields changed"));
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    }
    QDialog::changeEvent(event);
}

} // namespace Actes
