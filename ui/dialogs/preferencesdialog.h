#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace Actes {

class ResourceRepository;
class Settings;

// Edit › Preferences: every setting of Actes, in four tabs.
//   General      the language of the menus (at the next start, which the tab says) and the
//                author name written in revisions (never in exports: the network signs them);
//   Writing      the summary length limit, spell checking and the spelling language of the
//                open library, French typography while typing, the no-break space style, and
//                whether imports apply the typography rules;
//   Proceedings  page size, margins, network name and logo of the PDF proceedings;
//   Library      the language of the open library's documents (proceedings, website export)
//                and the largest file that may be attached to a resource, both stored in the
//                library (an administrator's to change), and how many daily backups to keep.
// OK and Apply write the settings and emit applied(): the window applies them at once.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    // library: the open library (its spelling language is edited here), or nullptr.
    explicit PreferencesDialog(Settings &settings, ResourceRepository *library = nullptr,
                               QWidget *parent = nullptr);

    // Writes the values to the settings (and the library's spelling language) and emits
    // applied(); true when the language of the menus changed.
    bool apply();

    QTabWidget *tabs() const { return m_tabs; }

    enum Tab { GeneralTab, WritingTab, ProceedingsTab, LibraryTab };

signals:
    void applied();
    // Something could not be saved (the library's spelling language in a locked library...).
    void problem(const QString &message);

private:
    QWidget *createGeneralTab();
    QWidget *createWritingTab();
    QWidget *createProceedingsTab();
    QWidget *createLibraryTab();
    void load();
    void updateLanguageNotice();
    void updateTypographySample();
    void chooseLogo();
    // Why the library's values cannot be changed here (no library, read-only, the role), or empty.
    QString libraryValuesRefusal() const;

    Settings &m_settings;
    ResourceRepository *m_library = nullptr;
    QString m_runningLanguage;   // "fr" or "en": the language of the menus now
    QTabWidget *m_tabs = nullptr;
    // General
    QComboBox *m_language = nullptr;
    QLabel *m_languageNotice = nullptr;
    QLineEdit *m_author = nullptr;
    // Writing
    QSpinBox *m_summaryLimit = nullptr;
    QCheckBox *m_spellCheck = nullptr;
    QComboBox *m_spellLanguage = nullptr;
    QLabel *m_spellLanguageNote = nullptr;
    QCheckBox *m_typingTypography = nullptr;
    QComboBox *m_nbspStyle = nullptr;
    QLabel *m_typographySample = nullptr;
    QComboBox *m_importTypography = nullptr;
    // Proceedings
    QComboBox *m_pageSize = nullptr;
    QDoubleSpinBox *m_marginLeft = nullptr;
    QDoubleSpinBox *m_marginTop = nullptr;
    QDoubleSpinBox *m_marginRight = nullptr;
    QDoubleSpinBox *m_marginBottom = nullptr;
    QLineEdit *m_networkName = nullptr;
    QLineEdit *m_logo = nullptr;
    QLabel *m_logoPreview = nullptr;
    // Library
    QSpinBox *m_backups = nullptr;
    QComboBox *m_documentLanguage = nullptr;
    QSpinBox *m_attachmentLimit = nullptr;
    QLabel *m_attachmentLimitNote = nullptr;
};

} // namespace Actes
