#include "editor/linkdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Actes {

LinkDialog::LinkDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Link"));
    m_text = new QLineEdit(this);
    m_text->setAccessibleName(tr("Link text"));
    m_text->setToolTip(tr("The words shown in the text."));
    m_url = new QLineEdit(this);
    m_url->setAccessibleName(tr("Link address"));
    m_url->setPlaceholderText(tr("https://www.example.org or name@example.org"));
    m_url->setToolTip(tr("A web address (https://…) or an e-mail address."));
    m_url->setMinimumWidth(360);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_removeButton = m_buttons->addButton(tr("&Remove Link"), QDialogButtonBox::DestructiveRole);
    m_removeButton->setVisible(false);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(QString(), m_message);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        m_remove = true;
        accept();
    });
    connect(m_text, &QLineEdit::textChanged, this, &LinkDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &LinkDialog::validate);
    validate();
}

void LinkDialog::setText(const QString &text)
{
    m_text->setText(text);
}

void LinkDialog::setUrl(const QString &url)
{
    m_url->setText(url);
    if (!m_text->text().isEmpty())
        m_url->setFocus();
}

QString LinkDialog::text() const
{
    const QString t = m_text->text().trimmed();
    return t.isEmpty() ? url() : t;
}

QString LinkDialog::url() const
{
    return normaliseUrl(m_url->text());
}

void LinkDialog::setEditingExisting(bool existing)
{
    m_removeButton->setVisible(existing);
}

QString LinkDialog::normaliseUrl(const QString &input)
{
    QString s = input.trimmed();
    if (s.isEmpty() || s.contains(u' '))
        return {};
    static const QRegularExpression email(u"^[^@\\s/:]+@[^@\\s/]+\\.[^@\\s/.]+$"_s);
    if (email.match(s).hasMatch())
        s.prepend(u"mailto:"_s);
    else if (s.startsWith(u"www."_s, Qt::CaseInsensitive))
        s.prepend(u"https://"_s);
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme == u"mailto"_s) {
        return email.match(url.path()).hasMatch() ? url.toString(QUrl::FullyEncoded) : QString();
    }
    if (scheme != u"http"_s && scheme != u"https"_s)
        return {};
    const QString host = url.host();
    if (host.isEmpty() || (!host.contains(u'.') && host != u"localhost"_s))
        return {};
    return url.toString(QUrl::FullyEncoded);
}

void LinkDialog::validate()
{
    const bool empty = m_url->text().trimmed().isEmpty();
    const bool ok = !url().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (empty)
        m_message->setText(tr("Type a web address or an e-mail address."));
    else if (!ok)
        m_message->setText(tr("This is not a web address (https://…) or an e-mail address."));
    else
        m_message->setText(tr("The link will go to %1").arg(url().toHtmlEscaped()));
}

} // namespace Actes
