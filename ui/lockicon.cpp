#include "lockicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Actes {

QIcon lockIcon(const QPalette &palette)
{
    const QIcon themed = QIcon::fromTheme(u"object-locked"_s);
    if (!themed.isNull())
        return themed;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = palette.color(QPalette::Text);
    painter.setPen(QPen(colour, 3.2));
    painter.setBrush(Qt::NoBrush);
    QPainterPath shackle;
    shackle.moveTo(10, 15);
    shackle.lineTo(10, 10);
    shackle.arcTo(QRectF(10, 3, 12, 14), 180, -180);
    shackle.lineTo(22, 15);
    painter.drawPath(shackle);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(6, 14, 20, 15), 3, 3);
    // The keyhole, in the background colour.
    painter.setBrush(palette.color(QPalette::Base));
    painter.drawEllipse(QPointF(16, 20.5), 2.3, 2.3);
    painter.drawRect(QRectF(15.2, 21, 1.6, 4.5));
    painter.end();
    return QIcon(pixmap);
}

} // namespace Actes
