#pragma once

#include <QDialog>

class QTextBrowser;

namespace Actes {

// Help › User Guide: the French user guide (docs/guide-utilisateur.md, compiled into the
// application as the resource :/docs/guide-utilisateur.md with the screenshots it shows),
// rendered from Markdown in a text browser. Self-contained: no browser, no installed file.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

    static constexpr auto GuideResource = ":/docs/guide-utilisateur.md";

    static constexpr int MaxImageWidth = 760;

private:
    void fitImages();

    QTextBrowser *m_browser = nullptr;
};

} // namespace Actes
