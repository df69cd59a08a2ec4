#pragma once

// Internal to the HTML sanitizer: element classes and attribute/style policy helpers used by
// the tree builder. Not a public API.

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringView>
#include <Qt>

namespace Actes {

struct InlineFormat;

// --- element classes ------------------------------------------------------------------------

bool isVoid(QStringView name);

bool isHeading(QStringView name);

// Elements that end an open <p> and make a paragraph break.
bool isBlockElement(QStringView name);

bool isTableStructure(QStringView name);

struct StyleEffect
{
    bool hide = false;
    QString msoList; // value of mso-list, lower case
    Qt::Alignment align; // from text-align; empty when absent or not understood
};

// A paragraph alignment from an align attribute or a text-align value (lower case, trimmed);
// empty for anything else (hostile or unknown values are simply ignored).
Qt::Alignment alignmentFromValue(QStringView value);

// Applies the inline formatting of a style attribute; returns what else it says.
StyleEffect applyStyle(QStringView style, InlineFormat &format);

bool isBulletMarker(QStringView marker);

bool isOrderedMarker(QStringView marker);

bool isListSpace(QChar c);

QString trimListSpaces(QStringView s);

QByteArray decodeDataImage(const QString &src);

} // namespace Actes
