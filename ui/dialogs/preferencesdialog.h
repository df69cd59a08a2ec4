#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Actes {

class Settings;

// Language (applied at the next start), author name and summary length limit.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);

    // Writes the values to the settings; true when the language changed.
    bool apply();

private:
    Settings &m_settings;
    QComboBox *m_language = nullptr;
    QLineEdit *m_author = nullptr;
    QSpinBox *m_summaryLimit = nullptr;
};

} // namespace Actes
