#pragma once

#include <QByteArray>
#include <QMarginsF>
#include <QObject>
#include <QPageSize>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "text/typography.h"

#include <memory>
#include <type_traits>

namespace Actes {

// One stored value: its key in the settings file ("Group/key") and its one default. A stored
// value that cannot be read (wrong type, out of range, unknown choice) reads as the default.
template <typename T>
struct SettingValue
{
    const char *key;
    T defaultValue;
    bool (*isValid)(const T &value) = nullptr;    // nullptr = every value of the type
};

// Typed facade over QSettings: every value the application uses is a SettingValue or a method
// here. One object is shared by the window, its dialogs and the command line (shared()), so
// that two readings of a setting cannot disagree; every change emits changed(key).
// Tests call QStandardPaths::setTestModeEnabled(true) before the first use (QSettings then
// lives under ~/.qttest), or make their own object on an explicit file.
class Settings : public QObject
{
    Q_OBJECT

public:
    // The application's settings (organisation and application name), created on first use.
    static Settings &shared();

    Settings();                                      // the application's settings (org/app name)
    explicit Settings(const QString &iniFile);      // an explicit file (tests, portable use)
    ~Settings() override;
    Q_DISABLE_COPY_MOVE(Settings)

    // The typed values (the accessors below read and write through them).
    static const SettingValue<QString> Language;             // "system", "fr" or "en"
    static const SettingValue<QString> AuthorName;
    static const SettingValue<int> SummaryLimit;             // characters, > 0
    static const SettingValue<QString> ProceedingsNetworkName;
    static const SettingValue<QString> ProceedingsLogoPath;
    static const SettingValue<bool> SpellCheck;
    static const SettingValue<bool> TypingTypography;
    static const SettingValue<int> BackupsToKeep;            // 0..maxBackupsToKeep
    static const SettingValue<QString> ProceedingsPageSize;  // "A4" or "Letter"
    static const SettingValue<QString> ProceedingsMargins;   // "left,top,right,bottom", mm, 5..60
    static const SettingValue<QString> NbspStyleChoice;      // "standard", "narrow" or "normal"
    static const SettingValue<QString> ImportTypographyChoice; // "ask", "always" or "never"

    template <typename T>
    T get(const SettingValue<T> &setting) const
    {
        const QVariant stored = value(QString::fromLatin1(setting.key));
        if (!stored.isValid() || !stored.canConvert<T>())
            return setting.defaultValue;
        if constexpr (std::is_same_v<T, int>) {
            bool ok = false;
            const int number = stored.toInt(&ok);
            return ok && (!setting.isValid || setting.isValid(number)) ? number : setting.defaultValue;
        } else {
            const T read = stored.value<T>();
            return !setting.isValid || setting.isValid(read) ? read : setting.defaultValue;
        }
    }
    template <typename T>
    void set(const SettingValue<T> &setting, const T &newValue)
    {
        setValue(QString::fromLatin1(setting.key), QVariant::fromValue(newValue));
    }

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

signals:
    // A value was written with a different value than before ("Group/key").
    void changed(const QString &key);

public:
    // Stable key for a library path (hex hash), also used to name draft files.
    static QString libraryKey(const QString &libraryPath);

private:
    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    void setValue(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Actes
