#include "editor/writingaids.h"

#include "editor/richtexteditor.h"
#include "settings/settings.h"
#include "storage/resourcerepository.h"
#include "text/spellchecker.h"

#include <QLocale>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Actes {

WritingAids::WritingAids(QObject *parent) : QObject(parent)
{
}

WritingAids::~WritingAids()
{
    // A dictionary still loading (a few tens of milliseconds) must not outlive the application.
    if (m_thread)
        m_thread->wait();
    // The editors may outlive this object (or die first): detach the shared checker.
    for (const QPointer<RichTextEditor> &editor : std::as_const(m_editors)) {
        if (editor)
            editor->setSpellChecker(nullptr);
    }
}

void WritingAids::addEditor(RichTextEditor *editor)
{
    if (!editor || m_editors.contains(editor))
        return;
    m_editors.append(editor);
    if (m_checker)
        editor->setSpellChecker(m_checker.get());
    editor->setSpellCheckEnabled(m_spellCheck);
    editor->setTypingTypography(m_typingTypography, m_typography);
}

void WritingAids::apply(const Settings &settings, const QString &languageIn)
{
    m_spellCheck = settings.spellCheckEnabled();
    m_typingTypography = settings.typingTypographyEnabled();
    m_typography = settings.typographyOptions();
    applyToEditors();

    const QString language = languageIn.isEmpty() ? QString::fromLatin1(DefaultLanguage) : languageIn;
    if (language == m_language)
        return;
    m_language = language;
    const quint64 generation = ++m_generation;
    if (m_synchronous) {
        auto checker = std::make_unique<SpellChecker>();
        checker->setLanguage(language);
        loaded(std::move(checker), language);
        return;
    }
    m_loading = true;
    auto result = std::make_shared<std::unique_ptr<SpellChecker>>();
    QThread *thread = QThread::create([result, language] {
        auto checker = std::make_unique<SpellChecker>();
        checker->setLanguage(language);
        *result = std::move(checker);
    });
    // Delivered on this object's thread, and not at all once it is gone.
    connect(thread, &QThread::finished, this, [this, result, language, generation] {
        if (generation != m_generation)
            return;   // another language was asked for meanwhile
        m_loading = false;
        loaded(std::move(*result), language);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start(QThread::LowPriority);
}

void WritingAids::loaded(std::unique_ptr<SpellChecker> checker, const QString &language)
{
    if (!checker)
        return;
    // The editors move to the new checker before the old one goes.
    for (const QPointer<RichTextEditor> &editor : std::as_const(m_editors)) {
        if (editor)
            editor->setSpellChecker(checker.get());
    }
    m_checker = std::move(checker);
    if (!m_checker->isValid() && !m_reported.contains(language)) {
        m_reported.insert(language);
        emit notice(m_checker->errorString());
    }
    emit dictionaryLoaded(language);
}

void WritingAids::applyToEditors()
{
    for (const QPointer<RichTextEditor> &editor : std::as_const(m_editors)) {
        if (!editor)
            continue;
        editor->setSpellCheckEnabled(m_spellCheck);
        editor->setTypingTypography(m_typingTypography, m_typography);
    }
}

QString WritingAids::libraryLanguage(const ResourceRepository *repository)
{
    const QString fallback = QString::fromLatin1(DefaultLanguage);
    if (!repository)
        return fallback;
    try {
        const QString language = repository->libraryValue(QString::fromLatin1(LanguageKey), fallback).trimmed();
        // Read from a library file: used in file names only when it is a language code.
        return SpellChecker::isValidLanguageCode(language) ? language : fallback;
    } catch (const std::exception &) {
        return fallback;
    }
}

void WritingAids::setLibraryLanguage(ResourceRepository *repository, const QString &language)
{
    // A library value: an administrator's to change (in a personal library, its single user's).
    if (repository && SpellChecker::isValidLanguageCode(language) && language != libraryLanguage(repository)
        && roleAtLeast(repository->currentMember().role, MemberRole::Admin))
        repository->setLibraryValue(QString::fromLatin1(LanguageKey), language);
}

QStringList WritingAids::languageChoices()
{
    QStringList languages{u"fr_FR"_s, u"en_US"_s};
    // Other installed languages too, but not every regional French or English variant.
    for (const QString &language : SpellChecker::availableLanguages()) {
        if (!language.startsWith(u"fr"_s) && !language.startsWith(u"en"_s)
            && !languages.contains(language))
            languages.append(language);
    }
    return languages;
}

QString WritingAids::languageName(const QString &language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C)
        return language;
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    const QString territory = locale.nativeTerritoryName();
    return language.contains(u'_') && !territory.isEmpty() ? u"%1 (%2)"_s.arg(name, territory) : name;
}

} // namespace Actes
