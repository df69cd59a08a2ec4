#pragma once

#include <QDialog>
#include <QStringList>

class QCommandLinkButton;
class QLabel;
class QListWidget;

namespace Actes {

// The first-start screen: Actes has never opened a library on this computer. Three ways in
// ("Create a library", "Open a library…", "Import a site export…", which creates the default
// library then imports into it) and the recent libraries (double-click opens one), for a
// library that lived on a drive that is not connected.
//
// When it shows is decided by isFirstStart() (see runGui / openStartLibrary in guiapp.h).
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)
public:
    enum class Choice { None, Create, Open, Import };

    WelcomeDialog(const QStringList &recentLibraries, const QString &defaultLibrary, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // Create and Import: the default library; Open: the chosen file.
    QString libraryPath() const { return m_libraryPath; }
    QStringList importPaths() const { return m_importPaths; }

    QCommandLinkButton *createButton() const { return m_create; }
    QCommandLinkButton *openButton() const { return m_open; }
    QCommandLinkButton *importButton() const { return m_import; }
    QListWidget *recentList() const { return m_recent; }

    // A first start: no library of the recent list exists on this computer and the default
    // library does not exist (or is an empty file).
    static bool isFirstStart(const QStringList &recentLibraries, const QString &defaultLibrary);

public slots:
    void chooseCreate();
    // An empty path asks for the file.
    void chooseOpen(const QString &path = {});
    // No paths: asks for the files.
    void chooseImport(const QStringList &paths = {});

private:
    void openRecent(const QString &path);

    QString m_defaultLibrary;
    QCommandLinkButton *m_create = nullptr;
    QCommandLinkButton *m_open = nullptr;
    QCommandLinkButton *m_import = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_recentNote = nullptr;
    Choice m_choice = Choice::None;
    QString m_libraryPath;
    QStringList m_importPaths;
};

} // namespace Actes
