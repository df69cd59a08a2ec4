// Sentences that point to a document (app/review/documentmentions.h), shared by the import's
// "documents to attach" and the check "the text mentions a document that is not attached".
#include "review/documentmentions.h"

#include <QStandardPaths>
#include <QtTest>

using namespace Actes;
using namespace Qt::StringLiterals;

class TestDocumentMentions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mentions_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("expected");   // kind key, "+members" when for members, ": sentence"

        QTest::newRow("slides") << u"<p>Retrouvez le diaporama de présentation des ateliers de Mende.</p>"_s
                                << QStringList{u"slides: Retrouvez le diaporama de présentation des ateliers de Mende."_s};
        QTest::newRow("slides before the study it presents")
            << u"<p>Retrouvez le diaporama de présentation de l'étude sur les tiers-lieux</p>"_s
            << QStringList{u"slides: Retrouvez le diaporama de présentation de l'étude sur les tiers-lieux"_s};
        QTest::newRow("programme") << u"<p>Retrouvez le programme détaillé du colloque de Rennes.</p>"_s
                                   << QStringList{u"programme: Retrouvez le programme détaillé du colloque de Rennes."_s};
        QTest::newRow("programme over a line break")
            << u"<p>Téléchargez le programme<br>de la journée nationale</p>"_s
            << QStringList{u"programme: Téléchargez le programme de la journée nationale"_s};
        QTest::newRow("proceedings") << u"<p>&gt; Téléchargez les Actes de la rencontre</p>"_s
                                     << QStringList{u"proceedings: Téléchargez les Actes de la rencontre"_s};
        QTest::newRow("proceedings published")
            << u"<p>Le réseau publie les actes de la journée du 2 mars, qui s’est tenue à Lille.</p>"_s
            << QStringList{u"proceedings: Le réseau publie les actes de la journée du 2 mars, qui s’est tenue à Lille."_s};
        QTest::newRow("study for members")
            << u"<p>Une version de l’étude est disponible pour les adhérents sur leur espace.</p>"_s
            << QStringList{u"study+members: Une version de l’étude est disponible pour les adhérents sur leur espace."_s};
        QTest::newRow("study, no accent") << u"<p>Consultez l'etude complete.</p>"_s
                                          << QStringList{u"study: Consultez l'etude complete."_s};
        QTest::newRow("list introduced by a pointer")
            << u"<p>Retrouvez ci-dessous :</p>\n<ul>\n<li>les vidéos des tables rondes : les « regards croisés »</li>\n"
               "<li>quelques photos,</li>\n<li>la conclusion de la journée.</li>\n</ul>"_s
            << QStringList{u"video: les vidéos des tables rondes : les « regards croisés »"_s,
                           u"photos: quelques photos,"_s};
        QTest::newRow("dashed list written as text")
            << u"<p>Retrouvez ci-dessous :</p><p>-quelques photos</p>"_s << QStringList{u"photos: quelques photos"_s};
        QTest::newRow("list without pointer")
            << u"<p>Au menu :</p><ul><li>les vidéos</li><li>un programme chargé</li></ul>"_s
            << QStringList{u"video: les vidéos"_s};   // "les vidéos" alone is a caption
        QTest::newRow("caption") << u"<h3>Quelques photos de la journée</h3>"_s
                                 << QStringList{u"photos: Quelques photos de la journée"_s};
        QTest::newRow("other documents")
            << u"<ul><li>Téléchargez une synthèse des échanges</li><li>Retrouvez le dossier du participant</li></ul>"_s
            << QStringList{u"other: Téléchargez une synthèse des échanges"_s,
                           u"other: Retrouvez le dossier du participant"_s};
        QTest::newRow("two sentences, one pointer")
            << u"<p>L’étude a été menée auprès de 40 structures. Retrouvez sa présentation en ligne.</p>"_s
            << QStringList{u"slides: Retrouvez sa présentation en ligne."_s};
        QTest::newRow("typographic apostrophe and no-break space")
            << u"<p>Retrouvez l’étude actualisée\u00A0!</p>"_s << QStringList{u"study: Retrouvez l’étude actualisée\u00A0!"_s};
        QTest::newRow("talked about only")
            << u"<p>L'étude présentée a été menée auprès de 50 pôles.</p><h2>Programme</h2>"
               "<p>Présentation de l’étude par Jeanne Martin</p><p>Le programme d’actions de la ville.</p>"_s
            << QStringList{};
        QTest::newRow("pointer without document")
            << u"<p>Voir <a href=\"https://exemple.fr\">le site</a>.</p><p>Retrouvez ci-dessous :</p>"_s << QStringList{};
        QTest::newRow("words inside other words")
            << u"<p>Retrouvez les factes et les photocopieuses, les prélactes.</p>"_s << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void mentions()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const DocumentMention &m : DocumentMentions::inHtml(html))
            got.append(attachmentKindKey(m.kind) + (m.membersOnly ? u"+members"_s : QString()) + u": "_s + m.sentence);
        QCOMPARE(got, expected);
    }

    void summaryRepeatingTheBodyCountsOnce()
    {
        const QString sentence = u"<p>Téléchargez le programme de la journée.</p>"_s;
        const QList<DocumentMention> mentions =
            DocumentMentions::inResource(sentence, u"<p>Intro.</p>"_s + sentence + u"<p>Retrouvez les photos.</p>"_s);
        QCOMPARE(mentions.size(), 2);
        QCOMPARE(mentions.at(0).kind, AttachmentKind::Programme);
        QCOMPARE(mentions.at(1).kind, AttachmentKind::Photos);
    }

    void kindNamed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");   // empty = none
        QTest::newRow("diaporama") << u"le diaporama"_s << u"slides"_s;
        QTest::newRow("support de présentation") << u"les supports d’intervention"_s << u"slides"_s;
        QTest::newRow("programme") << u"Programme"_s << u"programme"_s;
        QTest::newRow("actes") << u"les ACTES"_s << u"proceedings"_s;
        QTest::newRow("étude") << u"l’Étude"_s << u"study"_s;
        QTest::newRow("rapport") << u"le rapport final"_s << u"study"_s;
        QTest::newRow("photo") << u"une photo"_s << u"photos"_s;
        QTest::newRow("video") << u"la video"_s << u"video"_s;
        QTest::newRow("compte-rendu") << u"le compte-rendu"_s << u"other"_s;
        QTest::newRow("first wins") << u"les photos et le programme"_s << u"photos"_s;
        QTest::newRow("none") << u"la journée"_s << QString();
    }

    void kindNamed()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        const std::optional<AttachmentKind> named = DocumentMentions::kindNamed(text);
        QCOMPARE(named ? attachmentKindKey(*named) : QString(), kind);
    }
};

QTEST_GUILESS_MAIN(TestDocumentMentions)
#include "tst_documentmentions.moc"
