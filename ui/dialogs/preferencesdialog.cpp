#include "dialogs/preferencesdialog.h"

#include "settings/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Actes {

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)), m_author(new QLineEdit(this)),
      m_summaryLimit(new QSpinBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language->addItem(tr("Same as the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_language->setToolTip(tr("The language of the menus and messages. It changes at the next start."));
    m_author->setText(settings.authorName());
    m_author->setToolTip(tr("Your name, as written in the documents you export."));
    m_author->setClearButtonEnabled(true);
    m_summaryLimit->setRange(100, 5000);
    m_summaryLimit->setSingleStep(50);
    m_summaryLimit->setSuffix(tr(" characters"));
    m_summaryLimit->setValue(settings.summaryLimit());
    m_summaryLimit->setToolTip(tr("The summary counter turns red past this length."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Author name:"), m_author);
    form->addRow(tr("&Summary length limit:"), m_summaryLimit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool PreferencesDialog::apply()
{
    const QString language = m_language->currentData().toString();
    const bool changed = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setAuthorName(m_author->text().trimmed());
    m_settings.setSummaryLimit(m_summaryLimit->value());
    m_settings.sync();
    return changed;
}

} // namespace Actes
