#pragma once

// Internal to the HTML sanitizer: the tolerant tokenizer (and the character helpers it
// shares with the tree builder). Not a public API.

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>

namespace Actes {

// --- characters ----------------------------------------------------------------------------

bool isHtmlSpace(QChar c);
QString withoutControls(const QString &input);
// Character references (named, decimal, hexadecimal) of text or of an attribute value, decoded
// as the tokenizer decodes them.
QString decodeHtmlEntities(QStringView text, bool attribute = false);

// --- tokenizer ----------------------------------------------------------------------------

struct Attribute
{
    QString name;
    QString value;
};

struct Token
{
    enum Kind : quint8 { Text, Start, End };
    Kind kind = Text;
    bool selfClosing = false;
    QString name; // lower case
    QString text;
    QList<Attribute> attributes;

    QString attribute(QLatin1String key) const
    {
        for (const Attribute &a : attributes) {
            if (a.name == key)
                return a.value;
        }
        return {};
    }
    bool hasAttribute(QLatin1String key) const
    {
        return std::any_of(attributes.cbegin(), attributes.cend(),
                           [key](const Attribute &a) { return a.name == key; });
    }
};

class Tokenizer
{
public:
    Tokenizer(QStringView input, QStringList &dropped, QSet<QString> &droppedSet)
        : s(input), n(input.size()), m_dropped(dropped), m_droppedSet(droppedSet)
    {
    }

    QList<Token> run();

private:
    void note(const QString &name);

    qsizetype commentEnd(qsizetype i) const;

    qsizetype bogusCommentEnd(qsizetype from) const;

    qsizetype tagName(qsizetype j, QString &name) const;

    void skipSpaces(qsizetype &j) const;

    // Returns the position after '>', or -1 at the end of the input.
    qsizetype attributes(qsizetype j, QList<Attribute> &out, bool &selfClosing) const;

    qsizetype rawEnd(qsizetype from, const QString &name) const;

    QStringView s;
    qsizetype n = 0;
    QList<Token> m_tokens;
    QStringList &m_dropped;
    QSet<QString> &m_droppedSet;
};

} // namespace Actes
