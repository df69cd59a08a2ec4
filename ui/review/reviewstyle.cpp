#include "review/reviewstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Actes::ReviewStyle {

QColor statusColor(Status status)
{
    switch (status) {
    case Status::Draft: return QColor(0xe4, 0xe6, 0xea);
    case Status::InReview: return QColor(0xfc, 0xe8, 0xb2);
    case Status::Approved: return QColor(0xcf, 0xee, 0xd6);
    case Status::Published: return QColor(0x1e, 0x7b, 0x45);
    case Status::Archived: return QColor(0xd9, 0xd2, 0xc9);
    }
    return QColor(Qt::lightGray);
}

QColor statusTextColor(Status status)
{
    switch (status) {
    case Status::Draft: return QColor(0x3c, 0x40, 0x47);
    case Status::InReview: return QColor(0x6b, 0x4a, 0x00);
    case Status::Approved: return QColor(0x14, 0x5a, 0x2e);
    case Status::Published: return QColor(Qt::white);
    case Status::Archived: return QColor(0x4d, 0x43, 0x38);
    }
    return QColor(Qt::black);
}

QString statusBadgeStyleSheet(Status status)
{
    return u"QLabel { background-color: %1; color: %2; border-radius: 9px; padding: 2px 10px; font-weight: 600; }"_s
        .arg(statusColor(status).name(), statusTextColor(status).name());
}

QString statusBadgeHtml(Status status)
{
    return u"<span style=\"background-color:%1; color:%2; font-weight:600;\">&nbsp;%3&nbsp;</span>"_s.arg(
        statusColor(status).name(), statusTextColor(status).name(), statusLabel(status).toHtmlEscaped());
}

namespace {

enum class Shape { Blocking, Warning, Ready, Approved };

QPixmap drawIcon(Shape shape, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(0.5, 0.5, size - 1.0, size - 1.0);
    QPen mark(Qt::white, std::max(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (shape) {
    case Shape::Blocking: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawEllipse(r);
        p.setPen(mark);
        const qreal c = size / 2.0;
        p.drawLine(QPointF(c, size * 0.25), QPointF(c, size * 0.56));
        p.drawPoint(QPointF(c, size * 0.74));
        break;
    }
    case Shape::Warning: {
        QPainterPath path;
        path.moveTo(size / 2.0, 0.8);
        path.lineTo(size - 0.8, size - 1.2);
        path.lineTo(0.8, size - 1.2);
        path.closeSubpath();
        p.setPen(QPen(QColor(0xd9, 0x8e, 0x04), 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(QColor(0xf5, 0xb0, 0x1a));
        p.drawPath(path);
        mark.setColor(QColor(0x3a, 0x2a, 0x00));
        p.setPen(mark);
        const qreal c = size / 2.0;
        p.drawLine(QPointF(c, size * 0.36), QPointF(c, size * 0.62));
        p.drawPoint(QPointF(c, size * 0.80));
        break;
    }
    case Shape::Ready:
    case Shape::Approved: {
        p.setPen(Qt::NoPen);
        p.setBrush(shape == Shape::Ready ? QColor(0x2e, 0x8b, 0x57) : QColor(0x1e, 0x7b, 0x45));
        p.drawEllipse(r);
        p.setPen(mark);
        QPainterPath tick;
        tick.moveTo(size * 0.27, size * 0.52);
        tick.lineTo(size * 0.44, size * 0.69);
        tick.lineTo(size * 0.74, size * 0.34);
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    }
    return pixmap;
}

QIcon makeIcon(Shape shape)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32})
        for (qreal dpr : {1.0, 2.0})
            icon.addPixmap(drawIcon(shape, size, dpr));
    return icon;
}

} // namespace

QIcon statusIcon(Status status)
{
    QIcon icon;
    for (int size : {16, 24}) {
        for (qreal dpr : {1.0, 2.0}) {
            QPixmap pixmap(QSize(size, size) * dpr);
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const QColor fill = statusColor(status);
            p.setPen(QPen(fill.darker(status == Status::Published ? 110 : 160), 1.0));
            p.setBrush(fill);
            const qreal inset = size * 0.2;
            p.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset));
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

QIcon problemIcon(Problem::Level level)
{
    static const QIcon blocking = makeIcon(Shape::Blocking);
    static const QIcon warning = makeIcon(Shape::Warning);
    return level == Problem::Blocking ? blocking : warning;
}

QIcon readyIcon()
{
    static const QIcon icon = makeIcon(Shape::Ready);
    return icon;
}

QIcon approvedIcon()
{
    static const QIcon icon = makeIcon(Shape::Approved);
    return icon;
}

} // namespace Actes::ReviewStyle
