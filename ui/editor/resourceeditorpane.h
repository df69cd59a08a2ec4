#pragma once

#include "domain/resource.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QTimer;
class QToolBar;

namespace Actes {

class EditorActions;
class FindReplaceBar;
class ResourceRepository;
class RichTextEditor;

// The text of one resource: the title, the summary ("Résumé", with its length against the
// limit) and the body, with the formatting toolbar and a find / replace bar.
class ResourceEditorPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceEditorPane)
public:
    explicit ResourceEditorPane(QWidget *parent = nullptr);

    void setRepository(ResourceRepository *repository);
    // Loads title, summary and body without emitting contentChanged; clears the editors'
    // undo history. Loading the resource shown already (a new version of it) keeps the
    // cursors and the scrolling where they were.
    void setResource(const Resource &resource);
    // Writes title, summaryHtml and bodyHtml (clean HTML).
    void applyTo(Resource &resource) const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    void setSummaryLimit(int characters);
    int summaryLimit() const { return m_summaryLimit; }
    int summaryLength() const { return m_summaryLength; }

    // The pane shows the format toolbar itself; a window that puts EditorActions::toolBar()
    // elsewhere hides this one.
    void setToolBarVisible(bool visible);
    // Puts a banner (a NoticeBar) above the title.
    void addNotice(QWidget *notice);

    EditorActions *actions() const { return m_actions; }
    RichTextEditor *summaryEditor() const { return m_summary; }
    RichTextEditor *bodyEditor() const { return m_body; }
    QLineEdit *titleEdit() const { return m_title; }
    FindReplaceBar *findReplaceBar() const { return m_findBar; }
    QLabel *summaryCounter() const { return m_counter; }
    QSplitter *splitter() const { return m_splitter; }

signals:
    void contentChanged();
    // Words and characters of the editor with the focus (the body by default).
    void statsChanged(int words, int characters);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCounter();
    void updateStats();
    void retranslateUi();

    ResourceRepository *m_repository = nullptr;
    qint64 m_shownId = 0;
    QLineEdit *m_title = nullptr;
    RichTextEditor *m_summary = nullptr;
    RichTextEditor *m_body = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QLabel *m_counter = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolBar *m_toolBar = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    EditorActions *m_actions = nullptr;
    QTimer *m_statsTimer = nullptr;
    int m_summaryLimit = 600;
    int m_summaryLength = 0;
    bool m_loading = false;
    bool m_readOnly = false;
};

} // namespace Actes
