#include "editor/resourceeditorpane.h"

#include "editor/editoractions.h"
#include "editor/findreplacebar.h"
#include "editor/richtexteditor.h"
#include "text/cleanhtml.h"
#include "text/textstats.h"

#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextCursor>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

// Plain text for counting: keeps U+00A0 / U+202F (toPlainText() would turn them into spaces).
QString countableText(const QTextDocument *doc)
{
    QString text = doc->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    text.replace(QChar(0xFDD0), u'\n'); // table cell / frame markers
    text.replace(QChar(0xFDD1), u'\n');
    text.remove(QChar::ObjectReplacementCharacter);
    return text;
}

QWidget *labelledEditor(QLabel *label, QWidget *extra, QWidget *editor, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(2, 0, 2, 0);
    header->addWidget(label);
    header->addStretch();
    if (extra)
        header->addWidget(extra);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(header);
    layout->addWidget(editor, 1);
    return box;
}

} // namespace

ResourceEditorPane::ResourceEditorPane(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLineEdit(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setClearButtonEnabled(false);

    m_summary = new RichTextEditor(this);
    m_body = new RichTextEditor(this);
    m_summary->setObjectName(u"summaryEditor"_s);
    m_body->setObjectName(u"bodyEditor"_s);
    m_summary->setMinimumHeight(70);
    m_body->setMinimumHeight(120);

    m_summaryLabel = new QLabel(this);
    m_bodyLabel = new QLabel(this);
    for (QLabel *label : {m_summaryLabel, m_bodyLabel}) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    }
    m_summaryLabel->setBuddy(m_summary);
    m_bodyLabel->setBuddy(m_body);
    m_counter = new QLabel(this);
    m_counter->setTextFormat(Qt::PlainText);

    m_actions = new EditorActions(this);
    m_actions->addEditor(m_body);
    m_actions->addEditor(m_summary);
    m_actions->setCurrentEditor(m_body);
    m_toolBar = m_actions->toolBar(this);
    m_findBar = new FindReplaceBar(this);
    m_actions->setFindReplaceBar(m_findBar);
    // Shortcuts work while the pane is in a window, whatever the window does with the actions.
    addActions(m_actions->formatActions());
    addAction(m_actions->findAction());
    addAction(m_actions->replaceAction());
    addAction(m_actions->action(EditorActions::FindNext));
    addAction(m_actions->action(EditorActions::FindPrevious));

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(labelledEditor(m_summaryLabel, m_counter, m_summary, m_splitter));
    m_splitter->addWidget(labelledEditor(m_bodyLabel, nullptr, m_body, m_splitter));
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({150, 600});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);

    m_statsTimer = new QTimer(this);
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(150);
    connect(m_statsTimer, &QTimer::timeout, this, &ResourceEditorPane::updateStats);

    connect(m_title, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            emit contentChanged();
    });
    for (RichTextEditor *editor : {m_summary, m_body}) {
        connect(editor->document(), &QTextDocument::contentsChanged, this, [this] {
            if (!m_loading) {
                emit contentChanged();
                m_statsTimer->start();
            }
        });
        connect(editor, &RichTextEditor::statusMessage, this, &ResourceEditorPane::statusMessage);
    }
    connect(m_summary->document(), &QTextDocument::contentsChanged, this, &ResourceEditorPane::updateCounter);
    connect(m_actions, &EditorActions::statusMessage, this, &ResourceEditorPane::statusMessage);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_summary || now == m_body)
            m_statsTimer->start();
    });
    // Enter in the title goes on to the summary.
    connect(m_title, &QLineEdit::returnPressed, this, [this] { m_summary->setFocus(Qt::TabFocusReason); });
    setTabOrder(m_title, m_summary);
    setTabOrder(m_summary, m_body);

    retranslateUi();
    updateCounter();
}

void ResourceEditorPane::retranslateUi()
{
    m_title->setPlaceholderText(tr("Title of the resource"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setToolTip(tr("The title of the resource, as it appears in the list and the proceedings."));
    m_summaryLabel->setText(tr("&Summary"));
    m_bodyLabel->setText(tr("&Body"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setToolTip(tr("A short summary shown in the list and at the top of the report."));
    m_summary->setPlaceholderText(tr("A few sentences that sum up the event."));
    m_body->setAccessibleName(tr("Body"));
    m_body->setPlaceholderText(tr("The report of the event."));
    updateCounter();
}

void ResourceEditorPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ResourceEditorPane::setRepository(ResourceRepository *repository)
{
    m_repository = repository;
    m_summary->setRepository(repository);
    m_body->setRepository(repository);
}

void ResourceEditorPane::setResource(const Resource &resource)
{
    // The same resource again (a new version stored elsewhere): the cursors and the scrolling
    // stay where they were, as far as the new text reaches.
    const bool again = resource.id != 0 && resource.id == m_shownId;
    m_shownId = resource.id;
    const int titleCursor = m_title->cursorPosition();
    struct Place
    {
        int position = 0;
        int scroll = 0;
    };
    auto placeOf = [](RichTextEditor *editor) {
        return Place{editor->textCursor().position(), editor->verticalScrollBar()->value()};
    };
    const Place summary = placeOf(m_summary);
    const Place body = placeOf(m_body);
    m_loading = true;
    m_title->setText(resource.title);
    m_title->setCursorPosition(again ? std::min(titleCursor, int(m_title->text().size())) : 0);
    m_summary->setCleanHtml(resource.summaryHtml);
    m_body->setCleanHtml(resource.bodyHtml);
    if (again) {
        for (auto [editor, place] : {std::pair{m_summary, summary}, std::pair{m_body, body}}) {
            QTextCursor cursor(editor->document());
            cursor.setPosition(std::clamp(place.position, 0, editor->document()->characterCount() - 1));
            editor->setTextCursor(cursor);
            editor->verticalScrollBar()->setValue(place.scroll);
        }
    }
    m_loading = false;
    updateCounter();
    updateStats();
    m_actions->updateStates();
}

void ResourceEditorPane::applyTo(Resource &resource) const
{
    resource.title = m_title->text().trimmed();
    resource.summaryHtml = toCleanHtml(*m_summary->document());
    resource.bodyHtml = toCleanHtml(*m_body->document());
}

void ResourceEditorPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_title->setReadOnly(readOnly);
    m_summary->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    // Keep keyboard selection and copy in read-only text.
    for (RichTextEditor *editor : {m_summary, m_body}) {
        editor->setTextInteractionFlags(readOnly ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                                       | Qt::LinksAccessibleByMouse
                                                 : Qt::TextEditorInteraction);
    }
    m_actions->setReadOnly(readOnly);
}

void ResourceEditorPane::setSummaryLimit(int characters)
{
    m_summaryLimit = std::max(0, characters);
    updateCounter();
}

void ResourceEditorPane::setToolBarVisible(bool visible)
{
    m_toolBar->setVisible(visible);
}

void ResourceEditorPane::addNotice(QWidget *notice)
{
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->insertWidget(0, notice);
}

void ResourceEditorPane::updateCounter()
{
    m_summaryLength = TextStats::ofPlainText(countableText(m_summary->document())).characters;
    const bool over = m_summaryLimit > 0 && m_summaryLength > m_summaryLimit;
    if (m_summaryLimit > 0)
        m_counter->setText(tr("%1 / %Ln character(s)", "length / limit", m_summaryLimit)
                               .arg(QLocale().toString(m_summaryLength)));
    else
        m_counter->setText(tr("%Ln character(s)", nullptr, m_summaryLength));
    QPalette pal = palette();
    if (over)
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    else
        pal.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_counter->setPalette(pal);
    QFont f = font();
    f.setBold(over);
    m_counter->setFont(f);
    m_counter->setToolTip(over ? tr("The summary is %Ln character(s) over the limit; shorten it.", nullptr,
                                    m_summaryLength - m_summaryLimit)
                               : tr("Length of the summary against the limit set in the preferences."));
    m_counter->setAccessibleName(m_counter->text());
}

void ResourceEditorPane::updateStats()
{
    RichTextEditor *editor = m_actions->currentEditor() ? m_actions->currentEditor() : m_body;
    const TextStats stats = TextStats::ofPlainText(countableText(editor->document()));
    emit statsChanged(stats.words, stats.characters);
}

} // namespace Actes
