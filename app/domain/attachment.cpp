#include "domain/attachment.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

struct KindName
{
    AttachmentKind kind;
    const char16_t *key;
    const char *label;
};

constexpr KindName kindNames[] = {
    {AttachmentKind::Programme, u"programme", QT_TRANSLATE_NOOP("Actes::Attachment", "Programme")},
    {AttachmentKind::Slides, u"slides", QT_TRANSLATE_NOOP("Actes::Attachment", "Slides")},
    {AttachmentKind::Proceedings, u"proceedings", QT_TRANSLATE_NOOP("Actes::Attachment", "Proceedings")},
    {AttachmentKind::Study, u"study", QT_TRANSLATE_NOOP("Actes::Attachment", "Study")},
    {AttachmentKind::Photos, u"photos", QT_TRANSLATE_NOOP("Actes::Attachment", "Photos")},
    {AttachmentKind::Video, u"video", QT_TRANSLATE_NOOP("Actes::Attachment", "Video")},
    {AttachmentKind::Other, u"other", QT_TRANSLATE_NOOP("Actes::Attachment", "Other document")},
};

} // namespace

QString attachmentKindKey(AttachmentKind kind)
{
    for (const KindName &name : kindNames) {
        if (name.kind == kind)
            return QString::fromUtf16(name.key);
    }
    return u"other"_s;
}

std::optional<AttachmentKind> attachmentKindFromKey(const QString &key)
{
    for (const KindName &name : kindNames) {
        if (key == QStringView(name.key))
            return name.kind;
    }
    return std::nullopt;
}

QString attachmentKindLabel(AttachmentKind kind)
{
    for (const KindName &name : kindNames) {
        if (name.kind == kind)
            return QCoreApplication::translate("Actes::Attachment", name.label);
    }
    return {};
}

QList<AttachmentKind> allAttachmentKinds()
{
    QList<AttachmentKind> kinds;
    for (const KindName &name : kindNames)
        kinds.append(name.kind);
    return kinds;
}

bool Attachment::isPdf() const
{
    return isFile()
        && (mimeType == u"application/pdf"_s || fileName.endsWith(u".pdf"_s, Qt::CaseInsensitive));
}

QString attachmentSizeText(qint64 bytes, const QString &localeName)
{
    const QLocale locale = localeName.isEmpty() ? QLocale() : QLocale(localeName);
    const bool french = locale.language() == QLocale::French;
    if (bytes < 1000)
        return locale.toString(bytes) + QChar(0x00A0) + (french ? u"o"_s : u"B"_s);
    struct Unit { double size; const char16_t *fr; const char16_t *en; };
    static constexpr Unit units[] = {{1e3, u"ko", u"kB"}, {1e6, u"Mo", u"MB"}, {1e9, u"Go", u"GB"}};
    const Unit *unit = &units[0];
    for (const Unit &u : units) {
        if (double(bytes) >= u.size)
            unit = &u;
    }
    const double value = double(bytes) / unit->size;
    const int decimals = value < 10 ? 1 : 0;
    // A no-break space between the number and its unit, as French typography wants.
    return locale.toString(value, 'f', decimals) + QChar(0x00A0) + QString::fromUtf16(french ? unit->fr : unit->en);
}

} // namespace Actes
