#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Actes {

// Asks for the text and the address of a link. The address is checked as it is typed:
// web addresses (http, https; "www.example.org" is completed with https://) and e-mail
// addresses (mailto:, or a bare name@domain).
class LinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDialog)
public:
    explicit LinkDialog(QWidget *parent = nullptr);

    void setText(const QString &text);
    void setUrl(const QString &url);
    QString text() const;
    // The normalised address (empty when invalid).
    QString url() const;
    // Removing the link was asked (only offered when editing one).
    bool removeRequested() const { return m_remove; }
    void setEditingExisting(bool existing);

    // Empty when not acceptable; otherwise the address to store.
    static QString normaliseUrl(const QString &input);

    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *urlEdit() const { return m_url; }

private:
    void validate();

    QLineEdit *m_text = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_removeButton = nullptr;
    bool m_remove = false;
};

} // namespace Actes
