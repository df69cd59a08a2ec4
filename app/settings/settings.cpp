#include "settings/settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {
const QString kRecentLibraries = u"Libraries/recent"_s;
const QString kLastResource = u"Libraries/lastResource_%1"_s;
const QString kWindowGeometry = u"MainWindow/geometry"_s;
const QString kWindowState = u"MainWindow/state"_s;
const QString kSplitter = u"MainWindow/splitter_%1"_s;
const QString kHeader = u"MainWindow/header_%1"_s;

QString normalisedPath(const QString &path)
{
    if (path.isEmpty())
        return path;
    // A team library's address (postgresql://...; it never holds a password) is kept as it is.
    if (path.startsWith(u"postgresql://") || path.startsWith(u"postgres://"))
        return path.trimmed();
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

const SettingValue<QString> Settings::Language{"General/language", u"system"_s, [](const QString &v) {
    return v == u"system" || v == u"fr" || v == u"en";
}};
const SettingValue<QString> Settings::AuthorName{"General/authorName", QString()};
const SettingValue<int> Settings::SummaryLimit{"Editing/summaryLimit", 600, [](const int &v) { return v > 0; }};
const SettingValue<QString> Settings::ProceedingsNetworkName{"Proceedings/networkName", QString()};
const SettingValue<QString> Settings::ProceedingsLogoPath{"Proceedings/logoPath", QString()};
const SettingValue<bool> Settings::SpellCheck{"Writing/spellCheck", true};
const SettingValue<bool> Settings::TypingTypography{"Writing/typingTypography", true};
const SettingValue<int> Settings::BackupsToKeep{"Library/backupsToKeep", Settings::defaultBackupsToKeep,
                                                [](const int &v) { return v >= 0; }};

Settings &Settings::shared()
{
    // Destroyed at exit, after the window: its QSettings writes what is pending then (the
    // window's geometry is saved as it closes).
    static Settings settings;
    return settings;
}

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QVariant Settings::value(const QString &key, const QVariant &defaultValue) const
{
    return m_settings->value(key, defaultValue);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    const QVariant before = m_settings->value(key);
    m_settings->setValue(key, value);
    if (before != value)
        emit changed(key);
}

QString Settings::language() const
{
    return get(Language);
}

void Settings::setLanguage(const QString &language)
{
    set(Language, language);
}

QString Settings::effectiveLanguage(const QString &setting, const QString &systemLocaleName)
{
    if (setting == u"fr" || setting == u"en")
        return setting;
    return systemLocaleName.startsWith(u"fr") ? u"fr"_s : u"en"_s;
}

QString Settings::authorName() const
{
    return get(AuthorName);
}

void Settings::setAuthorName(const QString &name)
{
    set(AuthorName, name);
}

int Settings::summaryLimit() const
{
    return get(SummaryLimit);
}

void Settings::setSummaryLimit(int characters)
{
    set(SummaryLimit, characters);
}

QStringList Settings::recentLibraries() const
{
    QStringList list = value(kRecentLibraries).toStringList();
    list.removeAll(QString());
    list.removeDuplicates();
    while (list.size() > maxRecentLibraries)
        list.removeLast();
    return list;
}

void Settings::addRecentLibrary(const QString &path)
{
    const QString p = normalisedPath(path);
    if (p.isEmpty())
        return;
    QStringList list = recentLibraries();
    list.removeAll(p);
    list.prepend(p);
    while (list.size() > maxRecentLibraries)
        list.removeLast();
    setValue(kRecentLibraries, list);
}

void Settings::removeRecentLibrary(const QString &path)
{
    QStringList list = recentLibraries();
    list.removeAll(normalisedPath(path));
    setValue(kRecentLibraries, list);
}

QByteArray Settings::windowGeometry() const { return value(kWindowGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &geometry) { setValue(kWindowGeometry, geometry); }
QByteArray Settings::windowState() const { return value(kWindowState).toByteArray(); }
void Settings::setWindowState(const QByteArray &state) { setValue(kWindowState, state); }

QByteArray Settings::splitterState(const QString &name) const
{
    return value(kSplitter.arg(name)).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    setValue(kSplitter.arg(name), state);
}

QByteArray Settings::headerState(const QString &name) const
{
    return value(kHeader.arg(name)).toByteArray();
}

void Settings::setHeaderState(const QString &name, const QByteArray &state)
{
    setValue(kHeader.arg(name), state);
}

qint64 Settings::lastResourceId(const QString &libraryPath) const
{
    return value(kLastResource.arg(libraryKey(libraryPath)), 0).toLongLong();
}

void Settings::setLastResourceId(const QString &libraryPath, qint64 id)
{
    setValue(kLastResource.arg(libraryKey(libraryPath)), id);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::libraryKey(const QString &libraryPath)
{
    const QByteArray hash = QCryptographicHash::hash(normalisedPath(libraryPath).toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(16));
}


// --- Proceedings export ------------------------------------------------------------------

namespace {
// "left,top,right,bottom" in millimetres, each 5..60; nothing when unreadable.
std::optional<QMarginsF> parsedMargins(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 4)
        return std::nullopt;
    qreal mm[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        mm[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok || mm[i] < 5 || mm[i] > 60)
            return std::nullopt;
    }
    return QMarginsF(mm[0], mm[1], mm[2], mm[3]);
}
} // namespace

const SettingValue<QString> Settings::ProceedingsPageSize{"Proceedings/pageSize", u"A4"_s,
                                                          [](const QString &v) { return v == u"A4" || v == u"Letter"; }};
const SettingValue<QString> Settings::ProceedingsMargins{"Proceedings/margins", u"22,24,22,22"_s,
                                                         [](const QString &v) { return parsedMargins(v).has_value(); }};

QString Settings::proceedingsNetworkName() const { return get(ProceedingsNetworkName); }
void Settings::setProceedingsNetworkName(const QString &name) { set(ProceedingsNetworkName, name); }
QString Settings::proceedingsLogoPath() const { return get(ProceedingsLogoPath); }
void Settings::setProceedingsLogoPath(const QString &path) { set(ProceedingsLogoPath, path); }

QPageSize::PageSizeId Settings::proceedingsPageSize() const
{
    return get(ProceedingsPageSize) == u"Letter" ? QPageSize::Letter : QPageSize::A4;
}

void Settings::setProceedingsPageSize(QPageSize::PageSizeId id)
{
    set(ProceedingsPageSize, id == QPageSize::Letter ? u"Letter"_s : u"A4"_s);
}

QMarginsF Settings::proceedingsMargins() const
{
    // Anything unreadable or absurd gives the default.
    return *parsedMargins(get(ProceedingsMargins));
}

void Settings::setProceedingsMargins(const QMarginsF &margins)
{
    set(ProceedingsMargins, u"%1,%2,%3,%4"_s
                                          .arg(margins.left()).arg(margins.top())
                                          .arg(margins.right()).arg(margins.bottom()));
}

// --- Writing aids, import, backups --------------------------------------------------------

namespace {
} // namespace

const SettingValue<QString> Settings::NbspStyleChoice{"Writing/nbspStyle", u"standard"_s, [](const QString &v) {
    return v == u"standard" || v == u"narrow" || v == u"normal";
}};
const SettingValue<QString> Settings::ImportTypographyChoice{"Import/frenchTypography", u"ask"_s,
                                                             [](const QString &v) {
                                                                 return v == u"ask" || v == u"always" || v == u"never";
                                                             }};

bool Settings::spellCheckEnabled() const { return get(SpellCheck); }
void Settings::setSpellCheckEnabled(bool enabled) { set(SpellCheck, enabled); }
bool Settings::typingTypographyEnabled() const { return get(TypingTypography); }
void Settings::setTypingTypographyEnabled(bool enabled) { set(TypingTypography, enabled); }

NbspStyle Settings::nbspStyle() const
{
    const QString style = get(NbspStyleChoice);
    if (style == u"narrow")
        return NbspStyle::Narrow;
    if (style == u"normal")
        return NbspStyle::Normal;
    return NbspStyle::Standard;
}

void Settings::setNbspStyle(NbspStyle style)
{
    switch (style) {
    case NbspStyle::Narrow: set(NbspStyleChoice, u"narrow"_s); return;
    case NbspStyle::Normal: set(NbspStyleChoice, u"normal"_s); return;
    case NbspStyle::Standard: break;
    }
    set(NbspStyleChoice, u"standard"_s);
}

TypographyOptions Settings::typographyOptions() const
{
    TypographyOptions options;
    options.nbspStyle = nbspStyle();
    return options;
}

Settings::ImportTypography Settings::importTypography() const
{
    const QString choice = get(ImportTypographyChoice);
    if (choice == u"always")
        return ImportTypography::Always;
    if (choice == u"never")
        return ImportTypography::Never;
    return ImportTypography::Ask;
}

void Settings::setImportTypography(ImportTypography choice)
{
    switch (choice) {
    case ImportTypography::Always: set(ImportTypographyChoice, u"always"_s); return;
    case ImportTypography::Never: set(ImportTypographyChoice, u"never"_s); return;
    case ImportTypography::Ask: break;
    }
    set(ImportTypographyChoice, u"ask"_s);
}

int Settings::backupsToKeep() const
{
    return std::min(get(BackupsToKeep), maxBackupsToKeep);
}

void Settings::setBackupsToKeep(int count)
{
    set(BackupsToKeep, std::clamp(count, 0, maxBackupsToKeep));
}

} // namespace Actes
