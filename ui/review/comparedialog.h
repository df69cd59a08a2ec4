#pragma once

#include "domain/resource.h"
#include "review/revisiondiff.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTextBrowser;
class QToolButton;

namespace Actes {

// Two states of a resource compared field by field (compareResources / diffToHtml): words
// removed struck through in red, words added in green, in the text and in the metadata.
// Side by side (older on the left) or inline; unchanged fields can be shown for context.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)
public:
    explicit CompareDialog(QWidget *parent = nullptr);

    void setComparison(const Resource &older, const Resource &newer, const QString &olderCaption,
                       const QString &newerCaption);

    void setDiffLayout(DiffLayout layout);
    DiffLayout diffLayout() const { return m_layout; }
    void setShowUnchanged(bool show);

    // The HTML shown (as produced by diffToHtml), and the fields that differ.
    QString html() const { return m_html; }
    QList<FieldDiff> changedFields() const { return m_changed; }

    QTextBrowser *browser() const { return m_browser; }
    QToolButton *sideBySideButton() const { return m_sideBySide; }
    QToolButton *inlineButton() const { return m_inline; }
    QCheckBox *unchangedCheck() const { return m_unchanged; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslateUi();

    Resource m_older;
    Resource m_newer;
    QString m_olderCaption;
    QString m_newerCaption;
    DiffLayout m_layout = DiffLayout::SideBySide;
    bool m_showUnchanged = false;
    QString m_html;
    QList<FieldDiff> m_changed;

    QLabel *m_summary = nullptr;
    QToolButton *m_sideBySide = nullptr;
    QToolButton *m_inline = nullptr;
    QCheckBox *m_unchanged = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace Actes
