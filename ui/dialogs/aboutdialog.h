#pragma once

#include <QDialog>

class QTabWidget;

namespace Actes {

// Help › About Actes: the version, what Actes is for, its licence (GPL-3.0-or-later, with the
// full text), the licences of the libraries and fonts it uses, and "About Qt".
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    // libraryPath: the open library, shown for support questions (may be empty).
    explicit AboutDialog(const QString &libraryPath = {}, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

    static constexpr auto LicenceResource = ":/docs/LICENSE";

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace Actes
