#pragma once

#include <QByteArray>
#include <QMarginsF>
#include <QPageSize>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "text/typography.h"

#include <memory>

namespace Actes {

// Small typed facade over QSettings: every key the application uses is a method here,
// named "Group/key" in the settings file. Tests call QStandardPaths::setTestModeEnabled(true)
// before the first use (QSettings then lives under ~/.qttest), or pass an explicit file.
class Settings
{
public:
    Settings();                                      // the application's settings (org/app name)
    explicit Settings(const QString &iniFile);      // an explicit file (tests, portable use)
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // "system" (French when the system locale is French, English otherwise), "fr" or "en".
    QString language() const;
    void setLanguage(const QString &language);
    // The language actually used: "fr" or "en", resolving "system" with the given locale name.
    static QString effectiveLanguage(const QString &setting, const QString &systemLocaleName);

    QString authorName() const;
    void setAuthorName(const QString &name);

    int summaryLimit() const;                        // characters; default 600
    void setSummaryLimit(int characters);

    // Most recent first, without duplicates, at most maxRecentLibraries.
    QStringList recentLibraries() const;
    void addRecentLibrary(const QString &path);
    void removeRecentLibrary(const QString &path);
    static constexpr int maxRecentLibraries = 8;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    QByteArray headerState(const QString &name) const;
    void setHeaderState(const QString &name, const QByteArray &state);

    // The resource that was open when the library was last closed (0 = none).
    qint64 lastResourceId(const QString &libraryPath) const;
    void setLastResourceId(const QString &libraryPath, qint64 id);

    // Proceedings export (PDF and print): cover and page choices remembered between exports.
    QString proceedingsNetworkName() const;          // empty by default
    void setProceedingsNetworkName(const QString &name);
    QString proceedingsLogoPath() const;             // empty = no logo
    void setProceedingsLogoPath(const QString &path);
    QPageSize::PageSizeId proceedingsPageSize() const; // A4 (default) or Letter
    void setProceedingsPageSize(QPageSize::PageSizeId id);
    QMarginsF proceedingsMargins() const;            // millimetres; default 22, 24, 22, 22
    void setProceedingsMargins(const QMarginsF &margins);

    // Writing aids. The spelling language is not here: it belongs to each library
    // (ResourceRepository::libraryValue("spelling/language"), "fr_FR" by default).
    bool spellCheckEnabled() const;                  // default true
    void setSpellCheckEnabled(bool enabled);
    bool typingTypographyEnabled() const;            // French typography as you type; default true
    void setTypingTypographyEnabled(bool enabled);
    NbspStyle nbspStyle() const;                     // default NbspStyle::Standard
    void setNbspStyle(NbspStyle style);
    // The typography options of the typing filter, "Apply French Typography" and the import.
    TypographyOptions typographyOptions() const;

    // Whether an import applies the French typography rules to the imported text.
    enum class ImportTypography { Ask, Always, Never };
    ImportTypography importTypography() const;       // default Ask
    void setImportTypography(ImportTypography choice);

    // Automatic daily backups of the open library: how many to keep (0 = none); default 7.
    int backupsToKeep() const;
    void setBackupsToKeep(int count);
    static constexpr int defaultBackupsToKeep = 7;
    static constexpr int maxBackupsToKeep = 99;

    void sync();
    QString fileName() const;

    // Stable key for a library path (hex hash), also used to name draft files.
    static QString libraryKey(const QString &libraryPath);

private:
    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    void setValue(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Actes
