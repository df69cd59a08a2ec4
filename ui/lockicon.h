#pragma once

#include <QIcon>
#include <QPalette>

namespace Actes {

// A padlock for what is private or members-only: the theme's icon, else one drawn in the
// palette's text colour (themes often lack it, and offscreen there is none).
QIcon lockIcon(const QPalette &palette);

} // namespace Actes
