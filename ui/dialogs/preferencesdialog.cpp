#include "attachments/attachmentfiles.h"
#include "export/documentlanguage.h"
#include "dialogs/prompts.h"
#include "dialogs/preferencesdialog.h"
#include "review/permissions.h"

#include "editor/writingaids.h"
#include "settings/settings.h"
#include "storage/backupmanager.h"
#include "storage/libraryerror.h"
#include "storage/resourcerepository.h"
#include "text/spellchecker.h"
#include "text/typography.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

// The role of the member working on library (a personal library: every role).
MemberRole libraryRole(const ResourceRepository *library)
{
    try {
        return library ? library->currentMember().role : MemberRole::Admin;
    } catch (const LibraryError &) {
        return MemberRole::Author;
    }
}

} // namespace

namespace {

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    return label;
}

QDoubleSpinBox *marginBox(QWidget *parent, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(5, 60);
    box->setDecimals(0);
    box->setSuffix(u" mm"_s);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(Settings &settings, ResourceRepository *library, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_library(library), m_tabs(new QTabWidget(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    // Set by installTranslators() at start; otherwise what the setting gives now.
    m_runningLanguage = qApp->property("actesLanguage").toString();
    if (m_runningLanguage.isEmpty())
        m_runningLanguage = Settings::effectiveLanguage(m_settings.language(), QLocale::system().name());
    m_tabs->setObjectName(u"preferencesTabs"_s);
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createWritingTab(), tr("&Writing"));
    m_tabs->addTab(createProceedingsTab(), tr("&Proceedings"));
    m_tabs->addTab(createLibraryTab(), tr("&Library"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply,
                                         this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Apply)->setObjectName(u"applyButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { apply(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    load();
    setMinimumWidth(580);
}

QWidget *PreferencesDialog::createGeneralTab()
{
    auto *page = new QWidget(m_tabs);
    m_language = new QComboBox(page);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("Same as the system"), u"system"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setToolTip(tr("The language of the menus and messages."));
    m_languageNotice = noteLabel(page);
    m_languageNotice->setObjectName(u"languageNotice"_s);
    m_languageNotice->setText(tr("The new language will be used the next time Actes starts."));
    m_author = new QLineEdit(page);
    m_author->setObjectName(u"authorEdit"_s);
    m_author->setClearButtonEnabled(true);
    m_author->setPlaceholderText(tr("First name and last name"));
    m_author->setToolTip(tr("Your name, as recorded in the history of the resources you change."));
    auto *authorNote = noteLabel(page);
    authorNote->setText(tr("Recorded with each revision and status change. Without a name, the name of "
                           "your session on this computer is used. It never goes into the PDF or the website "
                           "export: the network signs them."));

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNotice);
    form->addRow(tr("&Author name:"), m_author);
    form->addRow(QString(), authorNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateLanguageNotice);
    return page;
}

QWidget *PreferencesDialog::createWritingTab()
{
    auto *page = new QWidget(m_tabs);
    m_summaryLimit = new QSpinBox(page);
    m_summaryLimit->setObjectName(u"summaryLimitSpin"_s);
    m_summaryLimit->setRange(100, 5000);
    m_summaryLimit->setSingleStep(50);
    m_summaryLimit->setSuffix(tr(" characters"));
    m_summaryLimit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_summaryLimit->setToolTip(tr("The summary counter turns red past this length, and a longer summary "
                                  "cannot be approved."));

    // Spelling
    auto *spelling = new QGroupBox(tr("Spelling"), page);
    m_spellCheck = new QCheckBox(tr("&Check spelling while typing"), spelling);
    m_spellCheck->setObjectName(u"spellCheckBox"_s);
    m_spellCheck->setToolTip(tr("Underline the words the dictionary does not know. Right-click one for "
                                "suggestions."));
    m_spellLanguage = new QComboBox(spelling);
    m_spellLanguage->setObjectName(u"spellLanguageCombo"_s);
    const QStringList installed = SpellChecker::availableLanguages();
    for (const QString &language : WritingAids::languageChoices()) {
        const QString name = WritingAids::languageName(language);
        m_spellLanguage->addItem(installed.contains(language)
                                     ? name
                                     : tr("%1 (dictionary not installed)").arg(name),
                                 language);
    }
    m_spellLanguageNote = noteLabel(spelling);
    auto *spellForm = new QFormLayout(spelling);
    spellForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    spellForm->addRow(m_spellCheck);
    spellForm->addRow(tr("Language of &this library:"), m_spellLanguage);
    spellForm->addRow(QString(), m_spellLanguageNote);

    // Typography
    auto *typography = new QGroupBox(tr("French typography"), page);
    m_typingTypography = new QCheckBox(tr("Apply the French typography rules while &typing"), typography);
    m_typingTypography->setObjectName(u"typingTypographyBox"_s);
    m_typingTypography->setToolTip(tr("No-break spaces before : ; ! ? and inside « », « » quotes, curly "
                                      "apostrophes and ellipses as you type. Ctrl+Z undoes a correction."));
    m_nbspStyle = new QComboBox(typography);
    m_nbspStyle->setObjectName(u"nbspStyleCombo"_s);
    m_nbspStyle->addItem(tr("Standard: narrow before ; ! ?, normal before : and inside « »"),
                         int(NbspStyle::Standard));
    m_nbspStyle->addItem(tr("Narrow everywhere"), int(NbspStyle::Narrow));
    m_nbspStyle->addItem(tr("Normal everywhere (like Word)"), int(NbspStyle::Normal));
    m_nbspStyle->setToolTip(tr("Which no-break space goes before punctuation: the narrow one (U+202F) or "
                               "the normal one (U+00A0)."));
    m_typographySample = new QLabel(typography);
    m_typographySample->setObjectName(u"typographySample"_s);
    QFont sampleFont = m_typographySample->font();
    sampleFont.setPointSizeF(sampleFont.pointSizeF() * 1.25);
    m_typographySample->setFont(sampleFont);
    m_importTypography = new QComboBox(typography);
    m_importTypography->setObjectName(u"importTypographyCombo"_s);
    m_importTypography->addItem(tr("Ask each time"), int(Settings::ImportTypography::Ask));
    m_importTypography->addItem(tr("Always apply the rules"), int(Settings::ImportTypography::Always));
    m_importTypography->addItem(tr("Never apply the rules"), int(Settings::ImportTypography::Never));
    auto *typoForm = new QFormLayout(typography);
    typoForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    typoForm->addRow(m_typingTypography);
    typoForm->addRow(tr("&No-break spaces:"), m_nbspStyle);
    typoForm->addRow(tr("Example:"), m_typographySample);
    typoForm->addRow(tr("On &import:"), m_importTypography);

    auto *layout = new QVBoxLayout(page);
    auto *limitForm = new QFormLayout;
    limitForm->addRow(tr("&Summary length limit:"), m_summaryLimit);
    layout->addLayout(limitForm);
    layout->addWidget(spelling);
    layout->addWidget(typography);
    layout->addStretch();
    connect(m_nbspStyle, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateTypographySample);
    connect(m_spellCheck, &QCheckBox::toggled, m_spellLanguage, &QWidget::setEnabled);
    return page;
}

QWidget *PreferencesDialog::createProceedingsTab()
{
    auto *page = new QWidget(m_tabs);
    m_networkName = new QLineEdit(page);
    m_networkName->setObjectName(u"networkNameEdit"_s);
    m_networkName->setClearButtonEnabled(true);
    m_networkName->setToolTip(tr("Printed on the cover and in the page headers of the proceedings."));
    m_logo = new QLineEdit(page);
    m_logo->setObjectName(u"logoEdit"_s);
    m_logo->setClearButtonEnabled(true);
    m_logo->setPlaceholderText(tr("No logo on the cover"));
    m_logoPreview = new QLabel(page);
    m_logoPreview->setFixedSize(36, 36);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->hide();
    auto *chooseLogo = new QPushButton(tr("C&hoose…"), page);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(chooseLogo);
    connect(chooseLogo, &QPushButton::clicked, this, &PreferencesDialog::chooseLogo);
    connect(m_logo, &QLineEdit::textChanged, this, [this](const QString &path) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(QSize(36, 36), Qt::KeepAspectRatio));
        const QImage image = path.isEmpty() ? QImage() : reader.read();
        m_logoPreview->setPixmap(QPixmap::fromImage(image));
        m_logoPreview->setVisible(!image.isNull());
    });

    m_pageSize = new QComboBox(page);
    m_pageSize->setObjectName(u"pageSizeCombo"_s);
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter (216 × 279 mm)"), int(QPageSize::Letter));
    m_marginLeft = marginBox(page, u"marginLeft"_s);
    m_marginTop = marginBox(page, u"marginTop"_s);
    m_marginRight = marginBox(page, u"marginRight"_s);
    m_marginBottom = marginBox(page, u"marginBottom"_s);
    auto *margins = new QGridLayout;
    margins->addWidget(new QLabel(tr("Top:"), page), 0, 2, Qt::AlignRight);
    margins->addWidget(m_marginTop, 0, 3);
    margins->addWidget(new QLabel(tr("Left:"), page), 1, 0, Qt::AlignRight);
    margins->addWidget(m_marginLeft, 1, 1);
    margins->addWidget(new QLabel(tr("Right:"), page), 1, 4, Qt::AlignRight);
    margins->addWidget(m_marginRight, 1, 5);
    margins->addWidget(new QLabel(tr("Bottom:"), page), 2, 2, Qt::AlignRight);
    margins->addWidget(m_marginBottom, 2, 3);
    margins->setColumnStretch(6, 1);
    auto *note = noteLabel(page);
    note->setText(tr("These are the choices the export dialog starts with; it remembers the last ones used."));

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Network name:"), m_networkName);
    auto *logoLabel = new QLabel(tr("L&ogo:"), page);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);
    form->addRow(tr("Page &size:"), m_pageSize);
    form->addRow(tr("Margins:"), margins);
    form->addRow(QString(), note);
    return page;
}

QWidget *PreferencesDialog::createLibraryTab()
{
    auto *page = new QWidget(m_tabs);
    m_backups = new QSpinBox(page);
    m_backups->setObjectName(u"backupsSpin"_s);
    m_backups->setRange(0, Settings::maxBackupsToKeep);
    m_backups->setSpecialValueText(tr("None (no automatic backup)"));
    m_backups->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *note = noteLabel(page);
    QString text = tr("Once a day, when it opens a library, Actes copies it into a folder beside it and deletes "
                      "the oldest copies beyond this number. File › Restore from Backup goes back to one.");
    if (m_library && QFileInfo(m_library->location()).isFile())
        text += u' '
            + tr("The copies of this library are in %1.")
                  .arg(QDir::toNativeSeparators(BackupManager(m_library->location()).backupFolder()));
    note->setText(text);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_documentLanguage = new QComboBox(page);
    m_documentLanguage->setObjectName(u"documentLanguageCombo"_s);
    for (const QString &code : DocumentLanguage::codes())
        m_documentLanguage->addItem(DocumentLanguage::nativeName(code), code);
    m_documentLanguage->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *languageNote = noteLabel(page);
    const MemberRole role = libraryRole(m_library);
    languageNote->setText(!m_library ? tr("Open a library to choose the language of its documents.")
                          : m_library->isReadOnly()
                                  ? tr("This library is read-only: the language of its documents cannot be changed.")
                          : !roleAtLeast(role, MemberRole::Admin)
                                  ? Permissions::refusal(Permissions::Action::ChangeLibraryValues, role)
                                  : tr("The proceedings and the website export of this library are written in this "
                                       "language, whatever the language of the menus. Stored in the library."));
    m_documentLanguage->setEnabled(m_library && !m_library->isReadOnly() && roleAtLeast(role, MemberRole::Admin));

    // The largest file that may be attached to a resource: a value of the library, in MB.
    m_attachmentLimit = new QSpinBox(page);
    m_attachmentLimit->setObjectName(u"attachmentLimitSpin"_s);
    m_attachmentLimit->setRange(1, 100000);
    m_attachmentLimit->setSuffix(tr(" MB", "megabytes"));
    m_attachmentLimit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_attachmentLimitNote = noteLabel(page);
    m_attachmentLimitNote->setObjectName(u"attachmentLimitNote"_s);
    const QString refusal = libraryValuesRefusal();
    m_attachmentLimit->setEnabled(refusal.isEmpty());
    m_attachmentLimit->setToolTip(refusal.isEmpty()
                                          ? tr("A larger file is refused when it is attached, with a message; "
                                               "nothing of it is stored.")
                                          : refusal);
    m_attachmentLimitNote->setText(refusal.isEmpty()
                                           ? tr("Files over this size are refused when they are attached. Stored in "
                                                "the library: the same for everyone who uses it.")
                                           : refusal);

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Language of the &documents:"), m_documentLanguage);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Largest &attached file:"), m_attachmentLimit);
    form->addRow(QString(), m_attachmentLimitNote);
    form->addRow(tr("&Daily backups to keep:"), m_backups);
    form->addRow(QString(), note);
    return page;
}

QString PreferencesDialog::libraryValuesRefusal() const
{
    if (!m_library)
        return tr("Open a library to change its values.");
    if (m_library->isReadOnly())
        return tr("This library is read-only: its values cannot be changed.");
    const MemberRole role = libraryRole(m_library);
    if (!roleAtLeast(role, MemberRole::Admin))
        return Permissions::refusal(Permissions::Action::ChangeLibraryValues, role);
    return {};
}

void PreferencesDialog::load()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_author->setText(m_settings.authorName());

    m_summaryLimit->setValue(m_settings.summaryLimit());
    m_spellCheck->setChecked(m_settings.spellCheckEnabled());
    const QString language = WritingAids::libraryLanguage(m_library);
    int index = m_spellLanguage->findData(language);
    if (index < 0) {
        m_spellLanguage->addItem(language, language);
        index = m_spellLanguage->count() - 1;
    }
    m_spellLanguage->setCurrentIndex(index);
    const MemberRole role = libraryRole(m_library);
    const bool editable = m_library && !m_library->isReadOnly() && roleAtLeast(role, MemberRole::Admin);
    m_spellLanguage->setEnabled(editable && m_spellCheck->isChecked());
    if (!m_library)
        m_spellLanguageNote->setText(tr("Open a library to choose its language. New libraries are in French."));
    else if (!m_library->isReadOnly() && !editable)
        m_spellLanguageNote->setText(Permissions::refusal(Permissions::Action::ChangeLibraryValues, role));
    else if (!editable)
        m_spellLanguageNote->setText(tr("This library is read-only: its language cannot be changed."));
    else
        m_spellLanguageNote->setText(tr("Stored in the library: everyone who opens it checks the same language."));
    if (!editable)
        disconnect(m_spellCheck, &QCheckBox::toggled, m_spellLanguage, &QWidget::setEnabled);
    m_typingTypography->setChecked(m_settings.typingTypographyEnabled());
    m_nbspStyle->setCurrentIndex(std::max(0, m_nbspStyle->findData(int(m_settings.nbspStyle()))));
    m_importTypography->setCurrentIndex(std::max(0, m_importTypography->findData(int(m_settings.importTypography()))));

    m_networkName->setText(m_settings.proceedingsNetworkName());
    m_logo->setText(m_settings.proceedingsLogoPath());
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(m_settings.proceedingsPageSize()))));
    const QMarginsF margins = m_settings.proceedingsMargins();
    m_marginLeft->setValue(margins.left());
    m_marginTop->setValue(margins.top());
    m_marginRight->setValue(margins.right());
    m_marginBottom->setValue(margins.bottom());

    m_backups->setValue(m_settings.backupsToKeep());
    m_documentLanguage->setCurrentIndex(
            std::max(0, m_documentLanguage->findData(DocumentLanguage::libraryCode(m_library))));
    qint64 limit = qint64(DefaultAttachmentLimitMb) * 1000 * 1000;
    try {
        if (m_library)
            limit = AttachmentFiles::sizeLimit(*m_library);
    } catch (const LibraryError &) {
    }
    m_attachmentLimit->setValue(int(std::clamp<qint64>(limit / (1000 * 1000), 1, m_attachmentLimit->maximum())));
    updateLanguageNotice();
    updateTypographySample();
}

void PreferencesDialog::updateLanguageNotice()
{
    const QString chosen = Settings::effectiveLanguage(m_language->currentData().toString(), QLocale::system().name());
    m_languageNotice->setVisible(chosen != m_runningLanguage);
}

void PreferencesDialog::updateTypographySample()
{
    TypographyOptions options;
    options.nbspStyle = NbspStyle(m_nbspStyle->currentData().toInt());
    // Spaces are shown with a light background so that their widths can be compared.
    const QString sample = applyFrenchTypography(u"\"Déjà ?\" : oui ; c'est parti !"_s, options);
    QString html;
    for (const QChar c : sample) {
        if (c == QChar(NoBreakSpace) || c == QChar(NarrowNoBreakSpace))
            html += u"<span style=\"background-color:#cde3f7\">%1</span>"_s.arg(c);
        else
            html += QString(c).toHtmlEscaped();
    }
    m_typographySample->setText(html);
    m_typographySample->setToolTip(tr("The highlighted spaces are no-break spaces."));
}

void PreferencesDialog::chooseLogo()
{
    const QString current = m_logo->text().trimmed();
    const QString dir = current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                                          : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Logo"), dir,
                                                      tr("Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)"));
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    if (!reader.canRead()) {
        Prompts::warn(this, tr("Choose a Logo"),
                      tr("“%1” cannot be used as a logo: %2").arg(QFileInfo(path).fileName(), reader.errorString()));
        return;
    }
    m_logo->setText(path);
}

bool PreferencesDialog::apply()
{
    const QString language = m_language->currentData().toString();
    const bool changed = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setAuthorName(m_author->text().trimmed());

    m_settings.setSummaryLimit(m_summaryLimit->value());
    m_settings.setSpellCheckEnabled(m_spellCheck->isChecked());
    m_settings.setTypingTypographyEnabled(m_typingTypography->isChecked());
    m_settings.setNbspStyle(NbspStyle(m_nbspStyle->currentData().toInt()));
    m_settings.setImportTypography(Settings::ImportTypography(m_importTypography->currentData().toInt()));

    m_settings.setProceedingsNetworkName(m_networkName->text().trimmed());
    m_settings.setProceedingsLogoPath(m_logo->text().trimmed());
    m_settings.setProceedingsPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    m_settings.setProceedingsMargins(QMarginsF(m_marginLeft->value(), m_marginTop->value(), m_marginRight->value(),
                                               m_marginBottom->value()));

    m_settings.setBackupsToKeep(m_backups->value());
    m_settings.sync();

    if (m_library && !m_library->isReadOnly()) {
        try {
            WritingAids::setLibraryLanguage(m_library, m_spellLanguage->currentData().toString());
        } catch (const LibraryError &error) {
            emit problem(tr("The spelling language of the library could not be saved. %1").arg(error.message()));
        }
        try {
            DocumentLanguage::setLibraryCode(m_library, m_documentLanguage->currentData().toString());
        } catch (const LibraryError &error) {
            emit problem(tr("The language of the library's documents could not be saved. %1").arg(error.message()));
        }
        // An administrator's value: written only when it changed and may be changed.
        try {
            if (libraryValuesRefusal().isEmpty()
                && AttachmentFiles::sizeLimit(*m_library) != qint64(m_attachmentLimit->value()) * 1000 * 1000)
                m_library->setLibraryValue(QString::fromUtf16(AttachmentLimitKey),
                                           QString::number(m_attachmentLimit->value()));
        } catch (const LibraryError &error) {
            emit problem(tr("The largest attached file could not be saved. %1").arg(error.message()));
        }
    }
    updateLanguageNotice();
    emit applied();
    return changed;
}

} // namespace Actes
