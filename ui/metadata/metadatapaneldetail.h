#pragma once

// Shared by the metadata panel's sources (metadatapanel.cpp, metadatapanelbuild.cpp).
#include <QDate>
#include <QLocale>
#include <QString>

using namespace Qt::StringLiterals;

namespace Actes::MetadataPanelDetail {

// QDateEdit shows its special value text ("—") when the date equals the minimum.
inline const QDate UnknownDateSentinel(1800, 1, 1);

inline QString dateDisplayFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

} // namespace Actes::MetadataPanelDetail
