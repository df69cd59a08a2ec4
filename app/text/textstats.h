#pragma once

#include <QString>

namespace Actes {

// Word and character counts of a text, as shown in the status bar and used by the
// summary-length check. The rules follow what Word and LibreOffice count, so that numbers
// match what authors see elsewhere, with French typography in mind:
//   - words are separated by any kind of space (including U+00A0 and U+202F, which French
//     puts before ; : ! ? » and after «) and line breaks;
//   - a word must contain a letter or a digit: the isolated punctuation of French typography
//     (« » : ; ! ? – —) and lone symbols (%, €, emoji) are not words;
//   - apostrophes and hyphens do not split: "aujourd’hui", "peut-être" and "l’étude" count as
//     one word each (elided articles stay with their word, as in Word);
//   - numbers are words, and French digit groups separated by a non-breaking space count as
//     one number: "12 000" (U+00A0 or U+202F) is one word, "12 000" with a normal space two.
//   - characters are user-perceived characters (grapheme clusters: "é" written as e + accent
//     or a family emoji count as one); line and paragraph breaks are not characters.
struct TextStats
{
    int words = 0;
    int characters = 0;           // including spaces
    int charactersNoSpaces = 0;

    static TextStats ofPlainText(const QString &text);
    // Counts of the text of rich text (see plainTextFromHtml()).
    static TextStats ofHtml(const QString &html);

    friend bool operator==(const TextStats &, const TextStats &) = default;
};

} // namespace Actes
