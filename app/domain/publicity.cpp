#include "domain/publicity.h"

namespace Actes {

Publicity publicity(bool isPrivate, bool privateConfirmed)
{
    if (isPrivate)
        return Publicity::Private;
    return privateConfirmed ? Publicity::Public : Publicity::Unconfirmed;
}

} // namespace Actes
