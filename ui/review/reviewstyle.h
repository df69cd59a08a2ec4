#pragma once

#include "domain/resource.h"
#include "review/checks.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QWidget;

namespace Actes {

// Colours and small icons shared by the review widgets (checks, status, history), drawn here
// so that they look the same whatever icon theme the desktop has.
namespace ReviewStyle {

// Background and text colour of the badge of a status.
QColor statusColor(Status status);
QColor statusTextColor(Status status);
// A style sheet for a QLabel showing a status as a rounded badge.
QString statusBadgeStyleSheet(Status status);
// The badge as inline HTML (for rich-text labels and documents).
QString statusBadgeHtml(Status status);

// A small round dot in the colour of the status (menus, lists).
QIcon statusIcon(Status status);
QIcon problemIcon(Problem::Level level);
QIcon readyIcon();
QIcon approvedIcon();

} // namespace ReviewStyle

} // namespace Actes
