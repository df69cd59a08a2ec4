#include "domain/comment.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Actes {

QString commentFieldKey(CommentField field)
{
    return field == CommentField::Summary ? u"summary"_s : u"body"_s;
}

bool commentFieldFromKey(const QString &key, CommentField *field)
{
    if (key == u"summary"_s) {
        *field = CommentField::Summary;
        return true;
    }
    if (key == u"body"_s) {
        *field = CommentField::Body;
        return true;
    }
    return false;
}

QString commentFieldLabel(CommentField field)
{
    return field == CommentField::Summary ? QCoreApplication::translate("Actes::Comment", "Summary")
                                          : QCoreApplication::translate("Actes::Comment", "Body");
}

} // namespace Actes
