// The review-comment commands of the command line: comments, comment.
#include "cli/commandline.h"

#include "review/commentanchors.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString localTime(const QDateTime &time)
{
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

int CommandLine::comments(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlags(args, {u"--json"_s}).contains(u"--json"_s);
    if (args.size() != 1)
        throw UsageError{tr("comments needs one resource id.")};
    const qint64 id = parseId(args.first());

    auto repo = openLibrary();
    if (!repo->loadResource(id)) {
        m_err << "actes: " << tr("there is no resource %1 in %2.").arg(id).arg(repo->location()) << '\n';
        return 1;
    }
    const QList<Comment> list = repo->comments(id);
    if (json) {
        QJsonArray array;
        for (const Comment &c : list) {
            array.append(QJsonObject{{u"id"_s, c.id},
                                     {u"parent"_s, c.parentId ? QJsonValue(c.parentId) : QJsonValue()},
                                     {u"field"_s, commentFieldKey(c.field)},
                                     {u"quote"_s, c.anchor.quote},
                                     {u"text"_s, c.text},
                                     {u"author"_s, c.author},
                                     {u"created"_s, timeValue(c.created)},
                                     {u"edited"_s, timeValue(c.edited)},
                                     {u"resolved"_s, c.resolved},
                                     {u"resolved_by"_s, c.resolvedBy},
                                     {u"resolved_at"_s, timeValue(c.resolvedAt)},
                                     {u"detached"_s, c.anchor.detached}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (list.isEmpty()) {
        m_out << tr("No review comment on resource %1.").arg(id) << '\n';
        return 0;
    }
    for (const Comment &c : list) {
        if (c.isReply()) {
            m_out << "    " << tr("↳ #%1 %2, %3: %4", "reply: id author, time: text")
                                   .arg(c.id)
                                   .arg(c.author, localTime(c.created), c.text.simplified())
                  << '\n';
            continue;
        }
        QString state = c.resolved ? tr("resolved by %1").arg(c.resolvedBy) : tr("open");
        if (c.anchor.detached)
            state = tr("%1, its text was deleted", "comment state").arg(state);
        m_out << tr("#%1 %2 «\u00a0%3\u00a0» (%4)", "id field «quote» (state)")
                     .arg(c.id)
                     .arg(commentFieldLabel(c.field), c.anchor.quote.simplified(), state)
              << '\n'
              << "    " << tr("%1, %2: %3", "author, time: text").arg(c.author, localTime(c.created), c.text.simplified())
              << '\n';
    }
    return 0;
}

int CommandLine::comment(const QStringList &arguments)
{
    QStringList args = arguments;
    const std::optional<QString> quote = takeValue(args, u"--quote"_s);
    const std::optional<QString> text = takeValue(args, u"--text"_s);
    const std::optional<QString> fieldText = takeValue(args, u"--field"_s);
    const std::optional<QString> reply = takeValue(args, u"--reply"_s);
    const std::optional<QString> resolve = takeValue(args, u"--resolve"_s);
    const std::optional<QString> reopen = takeValue(args, u"--reopen"_s);
    takeFlags(args, {});
    if (args.size() != 1)
        throw UsageError{tr("comment needs one resource id.")};
    const qint64 id = parseId(args.first());
    const int actions = int(bool(quote)) + int(bool(reply)) + int(bool(resolve)) + int(bool(reopen));
    if (actions != 1)
        throw UsageError{tr("comment needs one of --quote, --reply, --resolve or --reopen.")};
    if ((quote || reply) && (!text || text->trimmed().isEmpty()))
        throw UsageError{tr("--text needs the text of the comment.")};
    if ((resolve || reopen) && text)
        throw UsageError{tr("--text goes with --quote or --reply.")};
    if (fieldText && !quote)
        throw UsageError{tr("--field goes with --quote.")};
    std::optional<CommentField> onlyField;
    if (fieldText) {
        CommentField field;
        if (!commentFieldFromKey(fieldText->trimmed().toLower(), &field))
            throw UsageError{tr("'%1' is not a field; use summary or body.").arg(*fieldText)};
        onlyField = field;
    }
    if (quote && quote->isEmpty())
        throw UsageError{tr("--quote needs the text to comment on.")};

    auto repo = openLibrary();
    repo->setCurrentAuthor(authorName());
    const std::optional<Resource> r = repo->loadResource(id);
    if (!r) {
        m_err << "actes: " << tr("there is no resource %1 in %2.").arg(id).arg(repo->location()) << '\n';
        return 1;
    }

    if (resolve || reopen) {
        const qint64 commentId = parseId(resolve ? *resolve : *reopen);
        const QList<Comment> list = repo->comments(id);
        if (std::none_of(list.cbegin(), list.cend(), [commentId](const Comment &c) { return c.id == commentId; })) {
            m_err << "actes: " << tr("there is no comment %1 on resource %2.").arg(commentId).arg(id) << '\n';
            return 1;
        }
        repo->setCommentResolved(commentId, bool(resolve));
        m_out << (resolve ? tr("Comment %1 resolved.") : tr("Comment %1 reopened.")).arg(commentId) << '\n';
        return 0;
    }

    Comment c;
    c.resourceId = id;
    c.text = *text;
    if (reply) {
        c.parentId = parseId(*reply);
        const QList<Comment> list = repo->comments(id);
        if (std::none_of(list.cbegin(), list.cend(), [&c](const Comment &o) { return o.id == c.parentId; })) {
            m_err << "actes: " << tr("there is no comment %1 on resource %2.").arg(c.parentId).arg(id) << '\n';
            return 1;
        }
    } else {
        bool found = false;
        for (CommentField field : {CommentField::Body, CommentField::Summary}) {
            if (onlyField && *onlyField != field)
                continue;
            const QString plain = CommentAnchors::anchorTextOfHtml(field == CommentField::Body ? r->bodyHtml
                                                                                                    : r->summaryHtml);
            const CommentAnchor anchor = CommentAnchors::firstOccurrence(plain, *quote);
            if (!anchor.detached) {
                c.field = field;
                c.anchor = anchor;
                found = true;
                break;
            }
        }
        if (!found) {
            m_err << "actes: "
                  << (onlyField ? tr("“%1” is not in the %2 of resource %3; no comment was added.")
                                      .arg(*quote, commentFieldLabel(*onlyField).toLower())
                                      .arg(id)
                                : tr("“%1” is in neither the body nor the summary of resource %2; no comment was "
                                     "added.")
                                      .arg(*quote)
                                      .arg(id))
                  << '\n';
            return 1;
        }
    }
    const Comment stored = repo->addComment(c);
    m_out << (stored.isReply() ? tr("Reply %1 added to comment %2.").arg(stored.id).arg(stored.parentId)
                               : tr("Comment %1 added on the %2.").arg(stored.id).arg(commentFieldLabel(stored.field).toLower()))
          << '\n';
    return 0;
}

} // namespace Actes
