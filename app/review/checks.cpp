#include "review/checks.h"

#include "review/documentmentions.h"
#include "text/cleanhtml.h"
#include "text/htmltokenizer.h"
#include "text/textstats.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

struct ReviewChecks
{
    Q_DECLARE_TR_FUNCTIONS(Actes::ReviewChecks)
};


// Decodes the character references of an attribute value.
QString decodeAttribute(const QString &value)
{
    return decodeHtmlEntities(value, true);
}

// The value of an attribute inside the text of a start tag ("<a href=...>"), decoded;
// nullopt when the attribute is absent.
std::optional<QString> attribute(const QString &tag, const QString &name)
{
    const QRegularExpression re(u"\\s%1\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_s
                                    .arg(QRegularExpression::escape(name)),
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(tag);
    if (!m.hasMatch())
        return std::nullopt;
    for (int i = 1; i <= 3; ++i)
        if (m.capturedStart(i) >= 0)
            return decodeAttribute(m.captured(i));
    return QString();
}

QString shortened(const QString &text, qsizetype max = 60)
{
    const QString t = text.simplified();
    return t.size() <= max ? t : t.left(max - 1) + QChar(0x2026);
}

// Checks that apply to a piece of rich text: empty headings, links, images.
void checkRichText(const QString &html, const QString &field, QList<Problem> &problems,
                   const std::function<bool(const QString &)> &imageExists)
{
    if (html.isEmpty())
        return;

    static const QRegularExpression heading(u"<h([2-4])(?:\\s[^>]*)?>(.*?)</h\\1\\s*>"_s,
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    int emptyHeadings = 0;
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (plainTextFromHtml(m.captured(2)).trimmed().isEmpty())
            ++emptyHeadings;
    }
    if (emptyHeadings > 0) {
        problems.append({field, Problem::Warning,
                         field == u"summary"
                             ? ReviewChecks::tr("The summary has %n empty heading(s); remove them or give them a text.",
                                      nullptr, emptyHeadings)
                             : ReviewChecks::tr("The body has %n empty heading(s); remove them or give them a text.",
                                      nullptr, emptyHeadings)});
    }

    static const QRegularExpression anchor(u"<a(\\s[^>]*)?>(.*?)</a\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    for (auto it = anchor.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString href = attribute(m.captured(1), u"href"_s).value_or(QString()).trimmed();
        if (isPublishableLink(href))
            continue;
        const QString text = shortened(plainTextFromHtml(m.captured(2)));
        QString message;
        if (href.isEmpty())
            message = ReviewChecks::tr("The link on “%1” has no address.").arg(text);
        else if (href.startsWith(u'#'))
            message = ReviewChecks::tr("The link on “%1” points inside the document (%2), which the website cannot follow; "
                             "use a full web address.").arg(text, shortened(href));
        else
            message = ReviewChecks::tr("The link on “%1” is not a valid web or e-mail address: %2.").arg(text, shortened(href));
        problems.append({field, Problem::Blocking, message});
    }

    static const QRegularExpression image(u"<img(\\s[^>]*)?/?>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    for (auto it = image.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString src = attribute(m.captured(1), u"src"_s).value_or(QString()).trimmed();
        const QString alt = attribute(m.captured(1), u"alt"_s).value_or(QString());
        const QString name = alt.trimmed().isEmpty() ? QString() : shortened(alt);
        if (const std::optional<QString> libraryKey = imageKeyOf(src)) {
            const QString &key = *libraryKey;
            if (!imageExists || (!key.isEmpty() && imageExists(key)))
                continue;
            problems.append({field, Problem::Blocking,
                             name.isEmpty()
                                 ? ReviewChecks::tr("An image (%1) is missing from the library; insert it again.").arg(key)
                                 : ReviewChecks::tr("The image “%1” is missing from the library; insert it again.").arg(name)});
        } else {
            problems.append({field, Problem::Blocking,
                             name.isEmpty()
                                 ? ReviewChecks::tr("An image is not stored in the library (%1); insert it again.")
                                       .arg(shortened(src))
                                 : ReviewChecks::tr("The image “%1” is not stored in the library (%2); insert it again.")
                                       .arg(name, shortened(src))});
        }
    }
}

bool hasImage(const QString &html)
{
    return html.contains(u"<img"_s, Qt::CaseInsensitive);
}

QString documentMessage(AttachmentKind kind, const QString &sentence)
{
    const QString quoted = shortened(sentence, 80);
    switch (kind) {
    case AttachmentKind::Programme:
        return ReviewChecks::tr("The text mentions a programme that is not attached (“%1”): attach it, or dismiss "
                                "this warning.").arg(quoted);
    case AttachmentKind::Slides:
        return ReviewChecks::tr("The text mentions a slide deck that is not attached (“%1”): attach it, or dismiss "
                                "this warning.").arg(quoted);
    case AttachmentKind::Proceedings:
        return ReviewChecks::tr("The text mentions proceedings that are not attached (“%1”): attach them, or dismiss "
                                "this warning.").arg(quoted);
    case AttachmentKind::Study:
        return ReviewChecks::tr("The text mentions a study that is not attached (“%1”): attach it, or dismiss "
                                "this warning.").arg(quoted);
    case AttachmentKind::Photos:
        return ReviewChecks::tr("The text mentions photos that are not attached (“%1”): attach them, or dismiss "
                                "this warning.").arg(quoted);
    case AttachmentKind::Video:
        return ReviewChecks::tr("The text mentions a video that is not attached (“%1”): attach it or its link, or "
                                "dismiss this warning.").arg(quoted);
    case AttachmentKind::Other:
        break;
    }
    return {};
}

// One warning per kind of document the text points to and the resource has none of.
void checkDocuments(const Resource &r, QList<Problem> &problems)
{
    QList<AttachmentKind> warned;
    for (const DocumentMention &mention : DocumentMentions::inResource(r)) {
        const AttachmentKind kind = mention.kind;
        if (kind == AttachmentKind::Other || warned.contains(kind))
            continue;
        const QString key = documentCheckKey(kind);
        const bool attached = std::any_of(r.attachments.cbegin(), r.attachments.cend(),
                                          [kind](const Attachment &a) { return a.kind == kind; });
        if (attached || r.dismissedChecks.contains(key))
            continue;
        warned.append(kind);
        problems.append({u"attachments"_s, Problem::Warning, documentMessage(kind, mention.sentence), key});
    }
}

} // namespace

QString checkFieldLabel(const QString &field)
{
    if (field == u"import")
        return ReviewChecks::tr("Import", "what the import of a resource was unsure of");
    if (field == u"title")
        return ReviewChecks::tr("Title", "field of a resource");
    if (field == u"type")
        return ReviewChecks::tr("Type", "field of a resource");
    if (field == u"date")
        return ReviewChecks::tr("Date", "field of a resource");
    if (field == u"private")
        return ReviewChecks::tr("Private", "field of a resource");
    if (field == u"summary")
        return ReviewChecks::tr("Summary", "field of a resource");
    if (field == u"body")
        return ReviewChecks::tr("Body", "field of a resource");
    if (field == u"participants")
        return ReviewChecks::tr("Participants", "field of a resource");
    if (field == u"partners")
        return ReviewChecks::tr("Partners", "field of a resource");
    if (field == u"attachments")
        return ReviewChecks::tr("Attachments", "the documents attached to a resource");
    if (field == u"comments")
        return ReviewChecks::tr("Comments", "the review comments of a resource");
    return field;
}

QString documentCheckKey(AttachmentKind kind)
{
    return u"document-"_s + attachmentKindKey(kind);
}

bool isPublishableLink(const QString &href)
{
    const QString h = href.trimmed();
    if (h.isEmpty())
        return false;
    const QUrl url(h, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https") {
        const QString host = url.host();
        if (host.isEmpty() || !url.userInfo().isEmpty())
            return false;
        // A public host name has a dot ("exemple.fr"); IPv6 literals have colons.
        if (!host.contains(u'.') && !host.contains(u':'))
            return false;
        static const QRegularExpression hostChars(u"^[^\\s/\\\\?#@]+$"_s);
        return hostChars.match(host).hasMatch() && !host.startsWith(u'.') && !host.endsWith(u'.')
            && !host.contains(u".."_s);
    }
    if (scheme == u"mailto") {
        static const QRegularExpression address(u"^[^@\\s,;]+@[^@\\s,;.]+(\\.[^@\\s,;.]+)+$"_s);
        const QString path = QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toUtf8());
        return address.match(path).hasMatch();
    }
    return false;
}

namespace {

// Every problem of r; the warnings about documents only when `documents` (they never block, and
// blockingProblems() runs on every save of an approved resource).
QList<Problem> problemsOf(const Resource &r, const ReviewSettings &settings,
                          const std::function<bool(const QString &)> &imageExists, bool documents)
{
    QList<Problem> problems;

    // What the importer was unsure of (boundaries, title or date guessed) blocks until a person
    // confirms it ("Checked" in the window, `actes set ID checked=true`).
    if (r.needsReview) {
        problems.append({u"import"_s, Problem::Blocking,
                         r.reviewNote.trimmed().isEmpty()
                             ? ReviewChecks::tr("The import was unsure of this resource; check it, then confirm it.")
                             : r.reviewNote.trimmed()});
    }

    if (r.title.trimmed().isEmpty())
        problems.append({u"title"_s, Problem::Blocking, ReviewChecks::tr("The title is missing.")});

    if (r.type.trimmed().isEmpty())
        problems.append({u"type"_s, Problem::Blocking, ReviewChecks::tr("The resource type is not set.")});

    if (!r.dateStart.isValid()) {
        problems.append({u"date"_s, Problem::Blocking, ReviewChecks::tr("The event date is not set.")});
    } else if (r.dateEnd.isValid() && r.dateEnd < r.dateStart) {
        problems.append({u"date"_s, Problem::Blocking,
                         ReviewChecks::tr("The event ends (%1) before it starts (%2).")
                             .arg(QLocale().toString(r.dateEnd, QLocale::ShortFormat),
                                  QLocale().toString(r.dateStart, QLocale::ShortFormat))});
    }

    if (!r.privateConfirmed) {
        problems.append({u"private"_s, Problem::Blocking,
                         r.isPrivate ? ReviewChecks::tr("The resource is marked private, but nobody has confirmed it yet.")
                                     : ReviewChecks::tr("Nobody has confirmed yet whether the resource is private or public.")});
    }

    const TextStats summary = TextStats::ofHtml(r.summaryHtml);
    if (summary.charactersNoSpaces == 0) {
        problems.append({u"summary"_s, Problem::Blocking, ReviewChecks::tr("The summary is missing.")});
    } else if (settings.summaryLimit > 0 && summary.characters > settings.summaryLimit) {
        problems.append({u"summary"_s, Problem::Blocking,
                         ReviewChecks::tr("The summary has %1 characters, %2 more than the limit of %3.")
                             .arg(QLocale().toString(summary.characters),
                                  QLocale().toString(summary.characters - settings.summaryLimit),
                                  QLocale().toString(settings.summaryLimit))});
    }
    checkRichText(r.summaryHtml, u"summary"_s, problems, imageExists);

    if (TextStats::ofHtml(r.bodyHtml).charactersNoSpaces == 0 && !hasImage(r.bodyHtml))
        problems.append({u"body"_s, Problem::Blocking, ReviewChecks::tr("The body is empty.")});
    checkRichText(r.bodyHtml, u"body"_s, problems, imageExists);

    int nameless = 0;
    for (const Participant &p : r.participants)
        if (p.name.trimmed().isEmpty())
            ++nameless;
    if (nameless > 0) {
        problems.append({u"participants"_s, Problem::Blocking,
                         ReviewChecks::tr("Give a name to the %n participant(s) without one, or remove them.", nullptr, nameless)});
    }
    nameless = 0;
    for (const Partner &p : r.partners)
        if (p.name.trimmed().isEmpty())
            ++nameless;
    if (nameless > 0) {
        problems.append({u"partners"_s, Problem::Blocking,
                         ReviewChecks::tr("Give a name to the %n partner(s) without one, or remove them.", nullptr, nameless)});
    }
    if (documents)
        checkDocuments(r, problems);
    return problems;
}

} // namespace

QList<Problem> checkResource(const Resource &r, const ReviewSettings &settings,
                             const std::function<bool(const QString &)> &imageExists)
{
    return problemsOf(r, settings, imageExists, true);
}

QList<Problem> commentProblems(int unresolvedComments)
{
    if (unresolvedComments <= 0)
        return {};
    return {Problem{u"comments"_s, Problem::Blocking,
                    ReviewChecks::tr("%n review comment(s) not resolved yet: resolve them before approving.", nullptr,
                                     unresolvedComments)}};
}

QStringList blockingProblems(const Resource &resource, const ReviewSettings &settings,
                             const std::function<bool(const QString &)> &imageExists)
{
    QStringList out;
    for (const Problem &p : problemsOf(resource, settings, imageExists, false))
        if (p.level == Problem::Blocking)
            out.append(p.message);
    return out;
}

} // namespace Actes
