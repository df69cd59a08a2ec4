#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Actes {

class SpellChecker;

// Underlines the words the spell checker does not know with a red wavy line
// (QTextCharFormat::SpellCheckUnderline), block by block. Code-formatted text (fixed pitch),
// URLs, e-mail addresses and `code` are not checked. With no checker, or a checker without
// a dictionary, nothing is underlined.
//
// QSyntaxHighlighter re-highlights only the blocks that change; word results are cached by
// the SpellChecker, so a keystroke costs one paragraph and a few hash lookups.
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellHighlighter)
public:
    // The checker must outlive the highlighter (one checker can serve several editors).
    SpellHighlighter(QTextDocument *document, SpellChecker *checker);

    // Turns checking on or off (re-highlights the document).
    void setEnabled(bool enabled);
    bool isEnabled() const;
    // Whether words are actually checked: enabled and the checker has a dictionary.
    bool isActive() const;

    SpellChecker *checker() const { return m_checker; }
    // After the checker's language changed.
    void setChecker(SpellChecker *checker);

    // Re-highlights the blocks that contain `word` (after "Add to dictionary" or "Ignore").
    void rehighlightWord(const QString &word);

    // The underline format used for unknown words.
    static QTextCharFormat misspelledFormat();

protected:
    void highlightBlock(const QString &text) override;

private:
    SpellChecker *m_checker = nullptr;
    bool m_enabled = true;
};

} // namespace Actes
