#pragma once

#include "text/typography.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>

class QThread;

namespace Actes {

class ResourceRepository;
class RichTextEditor;
class Settings;
class SpellChecker;

// The writing aids of a window's editors: ONE SpellChecker shared by all of them (Hunspell,
// the dictionary of the open library's language), the spell-check underlines on or off, and
// French typography as you type with the chosen no-break space style.
//
// The dictionary is loaded in a worker thread (a few tens of milliseconds that the window
// does not wait for); until it is there nothing is underlined. When a language has no
// dictionary installed, notice() says so once, and the editors work without spelling.
class WritingAids final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WritingAids)
public:
    explicit WritingAids(QObject *parent = nullptr);
    ~WritingAids() override;

    void addEditor(RichTextEditor *editor);

    // Applies the settings (spelling on/off, typography as you type and its options) to every
    // editor, and loads the dictionary of `language` unless it is the current one.
    void apply(const Settings &settings, const QString &language);

    // Load dictionaries in the calling thread (tests; deterministic).
    void setSynchronous(bool synchronous) { m_synchronous = synchronous; }
    bool isLoading() const { return m_loading; }

    // The shared checker (nullptr until the first dictionary load has finished).
    SpellChecker *spellChecker() const { return m_checker.get(); }
    QString language() const { return m_language; }
    bool isSpellCheckEnabled() const { return m_spellCheck; }
    TypographyOptions typographyOptions() const { return m_typography; }

    // The spelling language of a library ("fr_FR" unless set; "fr_FR" without a library).
    static QString libraryLanguage(const ResourceRepository *repository);
    // Stores it in the library (throws LibraryError).
    static void setLibraryLanguage(ResourceRepository *repository, const QString &language);
    static constexpr auto LanguageKey = "spelling/language";
    static constexpr auto DefaultLanguage = "fr_FR";
    // The languages offered: French and English, then any other dictionary installed.
    static QStringList languageChoices();
    // "Français (France)", "English (United States)"... in the language's own words.
    static QString languageName(const QString &language);

signals:
    // A sentence for the status bar: a language without a dictionary (once per language).
    void notice(const QString &message);
    // The dictionary of a language is in use (or failed to load: spellChecker()->isValid()).
    void dictionaryLoaded(const QString &language);

private:
    void loaded(std::unique_ptr<SpellChecker> checker, const QString &language);
    void applyToEditors();

    QList<QPointer<RichTextEditor>> m_editors;
    QPointer<QThread> m_thread;  // the dictionary being loaded, if any
    std::unique_ptr<SpellChecker> m_checker;
    QString m_language;          // requested (the checker's may still be the previous one)
    QSet<QString> m_reported;    // languages already reported as having no dictionary
    TypographyOptions m_typography;
    bool m_spellCheck = true;
    bool m_typingTypography = true;
    bool m_synchronous = false;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace Actes
