#pragma once
// Fixtures shared by the proceedings PDF tests: sample resources (public, private, not
// confirmed), the words that must never leak from the private one, and the export options.
#include "domain/resource.h"
#include "export/proceedingsoptions.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace PdfExportTest {

using namespace Actes;
using namespace Qt::StringLiterals;

inline const QString kNbsp = QString(QChar(0x00A0));

inline Participant participant(const QString &name, const QString &function, const QString &organisation, const QString &role)
{
    Participant p;
    p.name = name;
    p.function = function;
    p.organisation = organisation;
    p.role = role;
    return p;
}

inline Partner partner(const QString &name, const QString &role)
{
    Partner p;
    p.name = name;
    p.role = role;
    return p;
}

inline QString longBody(int sections)
{
    QString html;
    for (int s = 1; s <= sections; ++s) {
        html += u"<h2>Atelier %1 : coopérer sur le territoire</h2>"_s.arg(s);
        for (int i = 0; i < 4; ++i)
            html += u"<p>Les pôles territoriaux de coopération économique réunissent des entreprises de l’économie "
                    "sociale et solidaire, des collectivités et des chercheurs pour mettre en œuvre des projets "
                    "innovants. « Nous avons appris à travailler ensemble », résume une élue ; la dynamique se "
                    "confirme d’année en année, avec plus d’une centaine de pôles repérés à ce jour.</p>"_s;
        html += u"<h3>Ce qu’il faut retenir</h3><ul><li>un besoin d’animation nationale ;</li>"
                "<li>la reconnaissance des pôles par l’État ;</li><li>des financements pluriannuels.</li></ul>"_s;
    }
    return html;
}

inline QList<Resource> sampleResources()
{
    QList<Resource> list;
    Resource seminar;
    seminar.id = 1;
    seminar.title = u"Retours sur le séminaire PTCE des 3 et 4 mai 2016"_s;
    seminar.type = u"Séminaire"_s;
    seminar.dateStart = QDate(2016, 5, 3);
    seminar.dateEnd = QDate(2016, 5, 4);
    seminar.place = u"Lyon"_s;
    seminar.attendance = 110;
    seminar.summaryHtml = u"<p>Le séminaire consacré au rôle des collectivités dans les dynamiques de PTCE a réuni "
                          "plus de 110 participants : étude, témoignages et visites.</p>"_s;
    seminar.bodyHtml = longBody(5) + u"<p>Intervention de Sébastien Cornu sur l’étude actualisée.</p>"_s;
    seminar.participants = {participant(u"Sébastien Cornu"_s, u"Chargé de mission"_s, u"Le Labo de l’ESS"_s, u"Intervenant"_s),
                            participant(u"Hugues Sibille"_s, u"Président"_s, u"Le Labo de l’ESS"_s, u"Grand témoin"_s),
                            participant(u"Patrick Pignard"_s, u"Vice-président"_s, u"Métropole de Lyon"_s, u"Accueil"_s)};
    seminar.partners = {partner(u"Caisse des Dépôts"_s, u"Financeur"_s), partner(u"Métropole de Lyon"_s, u"Hôte"_s)};
    list << seminar;

    Resource tour;
    tour.id = 2;
    tour.title = u"Tour de France de l’ESS : étape de Rennes"_s;
    tour.type = u"Rencontre"_s;
    tour.dateStart = QDate(2015, 12, 15);
    tour.dateEnd = tour.dateStart;
    tour.place = u"Rennes"_s;
    tour.summaryHtml = u"<p>Une journée d’échanges sur la commande publique responsable.</p>"_s;
    tour.bodyHtml = u"<p>Les élus ont présenté leurs clauses sociales ; Sébastien Cornu a rappelé le cadre "
                    "de la loi de 2014.</p><p><img src=\"actes-image:photo\" alt=\"Photo de groupe\"></p>"
                    "<h2>Perspectives</h2><p>Un groupe de travail sera constitué.</p>"_s;
    tour.participants = {participant(u"Sébastien Cornu"_s, u"Chargé de mission"_s, u"Le Labo de l’ESS"_s, u"Intervenant"_s),
                         participant(u"Anne Le Goff"_s, u"Adjointe au maire"_s, u"Ville de Rennes"_s, u"Accueil"_s)};
    list << tour;

    Resource summer;
    summer.id = 3;
    summer.title = u"Université d’été du réseau"_s;
    summer.type = u"Université d’été"_s;
    summer.dateStart = QDate(2015, 6, 30);
    summer.dateEnd = QDate(2015, 7, 2);
    summer.place = u"Grenoble"_s;
    summer.bodyHtml = u"<p>Trois jours de travail sur l’œuvre commune.</p>"_s;
    list << summer;
    for (Resource &r : list)
        r.privateConfirmed = true;   // someone confirmed that they are public
    return list;
}

// Not marked private, but nobody confirmed it: private on every public channel.
inline Resource unconfirmedResource()
{
    Resource r;
    r.id = 77;
    r.title = u"Atelier Quokkaland sur la Brachiation"_s;
    r.type = u"Atelier"_s;
    r.dateStart = QDate(2013, 3, 5);
    r.dateEnd = r.dateStart;
    r.summaryHtml = u"<p>Résumé Brachiation.</p>"_s;
    r.bodyHtml = u"<p>Texte Quokkaland jamais confirmé.</p>"_s;
    r.participants = {participant(u"Wenceslas Nonconfirmé"_s, u"Élu"_s, u"Ville de Quokkaland"_s, u"Invité"_s)};
    return r;
}

inline Resource privateResource()
{
    Resource secret;
    secret.id = 99;
    secret.isPrivate = true;
    secret.privateConfirmed = true;
    secret.title = u"Conclave Zorglub sur la Xylophagie"_s;
    secret.type = u"Réunion interne"_s;
    secret.dateStart = QDate(2012, 1, 10);  // would widen the period on the cover
    secret.dateEnd = secret.dateStart;
    secret.place = u"Quimperlé-Zorglub"_s;
    secret.summaryHtml = u"<p>Compte rendu confidentiel Xylophagie.</p>"_s;
    secret.bodyHtml = u"<h2>Budget Xylophagie</h2><p>Détails confidentiels Zorglub.</p>"_s;
    secret.participants = {participant(u"Ursule Privatova"_s, u"Trésorière"_s, u"Fondation Qwertyuiop"_s, u"Rapporteuse"_s),
                           participant(u"Sébastien Cornu"_s, u"Chargé de mission"_s, u"Le Labo de l’ESS"_s, u"Invité"_s)};
    secret.partners = {partner(u"Mutuelle Azertyuiop"_s, u"Financeur"_s)};
    return secret;
}

inline const QStringList kPrivateWords = {u"Zorglub"_s, u"Xylophagie"_s, u"Privatova"_s, u"Qwertyuiop"_s,
                                   u"Azertyuiop"_s, u"2012"_s, u"janvier"_s, u"January"_s};

inline ProceedingsOptions baseOptions()
{
    ProceedingsOptions options;
    options.title = u"Actes des rencontres 2015–2016"_s;
    options.subtitle = u"Coopérer pour l’économie sociale et solidaire"_s;
    options.networkName = u"Réseau des collectivités Territoriales pour une Économie Solidaire"_s;
    options.logoPath = QStringLiteral(ACTES_TEST_DATA "/pdf/logo.png");
    options.subject = u"Comptes rendus des rencontres du réseau"_s;
    options.keywords = {u"ESS"_s, u"PTCE"_s, u"collectivités"_s};
    options.imageLoader = [](const QString &key) {
        if (key != u"photo"_s)
            return QByteArray();
        QFile file(QStringLiteral(ACTES_TEST_DATA "/pdf/photo.jpg"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    return options;
}

} // namespace PdfExportTest
