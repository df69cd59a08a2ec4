#pragma once
// French-like text for the benchmarks: event reports of a network of local authorities for
// the social and solidarity economy, as rich text (clean HTML subset) and as plain text.
// Deterministic for a given seed.

#include "domain/resource.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace ActesBench {

using namespace Qt::StringLiterals;

inline const QString nbsp = QString(QChar(0x00A0));
inline const QString nnbsp = QString(QChar(0x202F));

inline const QStringList &nouns()
{
    static const QStringList list = {
        u"économie"_s, u"coopération"_s, u"collectivité"_s, u"territoire"_s, u"association"_s,
        u"coopérative"_s, u"entreprise"_s, u"commune"_s, u"région"_s, u"département"_s, u"métropole"_s,
        u"agglomération"_s, u"élu"_s, u"élue"_s, u"technicien"_s, u"chargée de mission"_s, u"bénévole"_s,
        u"salarié"_s, u"habitant"_s, u"réseau"_s, u"tiers-lieu"_s, u"monnaie locale"_s, u"épargne"_s,
        u"finance solidaire"_s, u"commande publique"_s, u"marché public"_s, u"clause sociale"_s,
        u"insertion"_s, u"emploi"_s, u"formation"_s, u"alimentation"_s, u"agriculture"_s, u"circuit court"_s,
        u"réemploi"_s, u"réparation"_s, u"recyclage"_s, u"économie circulaire"_s, u"mobilité"_s,
        u"logement"_s, u"habitat participatif"_s, u"énergie"_s, u"transition écologique"_s, u"culture"_s,
        u"sport"_s, u"santé"_s, u"jeunesse"_s, u"égalité"_s, u"solidarité"_s, u"gouvernance"_s,
        u"démocratie"_s, u"participation"_s, u"budget"_s, u"subvention"_s, u"appel à projets"_s,
        u"convention"_s, u"partenariat"_s, u"diagnostic"_s, u"évaluation"_s, u"indicateur"_s, u"étude"_s,
        u"enquête"_s, u"rapport"_s, u"délibération"_s, u"stratégie"_s, u"schéma régional"_s, u"plan d’action"_s,
        u"feuille de route"_s, u"atelier"_s, u"table ronde"_s, u"séminaire"_s, u"rencontre"_s, u"visite"_s,
        u"expérimentation"_s, u"innovation sociale"_s, u"pôle territorial"_s, u"incubateur"_s,
        u"fabrique"_s, u"ressourcerie"_s, u"recyclerie"_s, u"épicerie solidaire"_s, u"cantine"_s,
        u"restauration collective"_s, u"filière"_s, u"quartier"_s, u"politique de la ville"_s,
        u"zone rurale"_s, u"bourg"_s, u"centre-ville"_s, u"commerce"_s, u"artisanat"_s, u"numérique"_s,
        u"inclusion"_s, u"handicap"_s, u"vieillissement"_s, u"petite enfance"_s, u"accompagnement"_s,
        u"ingénierie"_s, u"financement"_s, u"fonds"_s, u"investissement"_s, u"patrimoine"_s, u"foncier"_s,
        u"bâtiment"_s, u"chantier"_s, u"service public"_s, u"délégation"_s, u"régie"_s, u"société coopérative"_s,
        u"groupement"_s, u"mutualisation"_s, u"œuvre"_s, u"cœur de bourg"_s, u"sœur"_s, u"vœu"_s,
    };
    return list;
}

inline const QStringList &adjectives()
{
    static const QStringList list = {
        u"sociale"_s, u"solidaire"_s, u"locale"_s, u"territoriale"_s, u"durable"_s, u"responsable"_s,
        u"participative"_s, u"citoyenne"_s, u"publique"_s, u"privée"_s, u"collective"_s, u"nouvelle"_s,
        u"importante"_s, u"régionale"_s, u"nationale"_s, u"européenne"_s, u"rurale"_s, u"urbaine"_s,
        u"innovante"_s, u"pérenne"_s, u"fragile"_s, u"concrète"_s, u"ambitieuse"_s, u"partagée"_s,
        u"écologique"_s, u"économique"_s, u"associative"_s, u"coopérative"_s, u"inclusive"_s, u"ouverte"_s,
    };
    return list;
}

inline const QStringList &verbs()
{
    static const QStringList list = {
        u"renforce"_s, u"soutient"_s, u"accompagne"_s, u"développe"_s, u"structure"_s, u"finance"_s,
        u"mobilise"_s, u"réunit"_s, u"favorise"_s, u"facilite"_s, u"interroge"_s, u"transforme"_s,
        u"améliore"_s, u"prolonge"_s, u"complète"_s, u"illustre"_s, u"présente"_s, u"évalue"_s,
        u"coordonne"_s, u"anime"_s, u"rassemble"_s, u"démontre"_s, u"éclaire"_s, u"précise"_s,
    };
    return list;
}

inline const QStringList &cities()
{
    static const QStringList list = {
        u"Lille"_s, u"Nantes"_s, u"Lyon"_s, u"Grenoble"_s, u"Rennes"_s, u"Bordeaux"_s, u"Toulouse"_s,
        u"Strasbourg"_s, u"Marseille"_s, u"Besançon"_s, u"Clermont-Ferrand"_s, u"Poitiers"_s, u"Bastia"_s,
        u"Saint-Denis"_s, u"Angers"_s, u"Montreuil"_s, u"Villeurbanne"_s, u"Nîmes"_s, u"Périgueux"_s,
        u"Saint-Étienne"_s, u"Brest"_s, u"Dijon"_s, u"Metz"_s, u"Amiens"_s, u"Limoges"_s, u"Orléans"_s,
        u"Tours"_s, u"Caen"_s, u"Rouen"_s, u"Pau"_s,
    };
    return list;
}

inline const QStringList &events()
{
    static const QStringList list = {
        u"Rencontre régionale"_s, u"Journée d’échanges"_s, u"Séminaire national"_s, u"Atelier"_s,
        u"Webinaire"_s, u"Université d’été"_s, u"Conférence nationale"_s, u"Visite apprenante"_s,
        u"Forum"_s, u"Matinale"_s, u"Groupe de travail"_s, u"Voyage d’étude"_s,
    };
    return list;
}

inline const QStringList &topics()
{
    static const QStringList list = {
        u"les tiers-lieux"_s, u"la commande publique responsable"_s, u"les monnaies locales"_s,
        u"l’alimentation durable"_s, u"les pôles territoriaux de coopération économique"_s,
        u"l’insertion par l’activité économique"_s, u"le réemploi et la réparation"_s,
        u"l’habitat participatif"_s, u"la finance solidaire"_s, u"la mobilité en zone rurale"_s,
        u"les coopératives d’activité et d’emploi"_s, u"la politique de la ville"_s,
        u"l’économie circulaire"_s, u"les circuits courts"_s, u"l’égalité femmes-hommes dans l’ESS"_s,
        u"les sociétés coopératives d’intérêt collectif"_s, u"la transition énergétique citoyenne"_s,
        u"l’accueil des jeunes en service civique"_s, u"les épiceries solidaires"_s, u"le numérique inclusif"_s,
    };
    return list;
}

inline QString pick(QRandomGenerator &rng, const QStringList &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

// One sentence; plain text and HTML (with the occasional <strong>/<em>).
inline void sentence(QRandomGenerator &rng, const QStringList &words, QString *plain, QString *html)
{
    QString s;
    switch (rng.bounded(6)) {
    case 0:
        s = u"La %1 %2 %3 la %4 %5 de %6"_s.arg(pick(rng, words), pick(rng, adjectives()), pick(rng, verbs()),
                                               pick(rng, words), pick(rng, adjectives()), pick(rng, cities()));
        break;
    case 1:
        s = u"À %1, l’%2 %3 les acteurs de l’%4 et la %5 %6"_s.arg(pick(rng, cities()), pick(rng, words),
                                                                 pick(rng, verbs()), pick(rng, words),
                                                                 pick(rng, words), pick(rng, adjectives()));
        break;
    case 2:
        s = u"Plus de %1 personnes ont participé, dont %2 élus et des représentants de la %3"_s
                .arg(20 + rng.bounded(400))
                .arg(2 + rng.bounded(40))
                .arg(pick(rng, words));
        break;
    case 3:
        s = u"«"_s + nbsp + u"Il faut sortir de la logique de %1"_s.arg(pick(rng, words)) + nbsp
            + u"», a rappelé une élue de %1"_s.arg(pick(rng, cities()));
        break;
    case 4:
        s = u"Le %1 %2 montre que la %3 %4 reste une question %5"_s.arg(pick(rng, words), pick(rng, adjectives()),
                                                                     pick(rng, words), pick(rng, adjectives()),
                                                                     pick(rng, adjectives()));
        break;
    default:
        s = u"Les échanges sur %1 ont souligné le rôle de la %2 dans la %3"_s.arg(pick(rng, topics()),
                                                                             pick(rng, words), pick(rng, words));
        break;
    }
    s += rng.bounded(8) == 0 ? nbsp + u"!"_s : u"."_s;
    *plain += s;
    if (rng.bounded(5) == 0) {
        const qsizetype cut = s.indexOf(u' ');
        *html += u"<strong>"_s + s.left(cut).toHtmlEscaped() + u"</strong>"_s + s.mid(cut).toHtmlEscaped();
    } else if (rng.bounded(7) == 0) {
        *html += u"<em>"_s + s.toHtmlEscaped() + u"</em>"_s;
    } else {
        *html += s.toHtmlEscaped();
    }
}

inline void paragraph(QRandomGenerator &rng, const QStringList &words, QString *plain, QString *html, int sentences)
{
    *html += u"<p>"_s;
    for (int i = 0; i < sentences; ++i) {
        if (i > 0) {
            *plain += u' ';
            *html += u' ';
        }
        sentence(rng, words, plain, html);
    }
    *html += u"</p>\n"_s;
    *plain += u'\n';
}

// A rich-text body of about `bytes` characters: headings, paragraphs, lists, quotations.
inline void body(QRandomGenerator &rng, const QStringList &words, qsizetype bytes, QString *plain, QString *html)
{
    int sinceHeading = 0;
    while (html->size() < bytes) {
        if (sinceHeading == 0 || (sinceHeading > 3 && rng.bounded(3) == 0)) {
            const QString heading = u"%1 : %2"_s.arg(pick(rng, events()), pick(rng, topics()));
            *html += u"<h2>"_s + heading.toHtmlEscaped() + u"</h2>\n"_s;
            *plain += heading + u'\n';
            sinceHeading = 1;
            continue;
        }
        ++sinceHeading;
        switch (rng.bounded(8)) {
        case 0: {
            const bool ordered = rng.bounded(2) == 0;
            *html += ordered ? u"<ol>\n"_s : u"<ul>\n"_s;
            for (int i = 0, n = 3 + int(rng.bounded(3)); i < n; ++i) {
                const QString item = u"la %1 %2"_s.arg(pick(rng, words), pick(rng, adjectives()))
                    + (i + 1 < n ? nbsp + u";"_s : u"."_s);
                *html += u"<li>"_s + item.toHtmlEscaped() + u"</li>\n"_s;
                *plain += item + u'\n';
            }
            *html += ordered ? u"</ol>\n"_s : u"</ul>\n"_s;
            break;
        }
        case 1:
            *html += u"<blockquote>"_s;
            sentence(rng, words, plain, html);
            *html += u"</blockquote>\n"_s;
            *plain += u'\n';
            break;
        default:
            paragraph(rng, words, plain, html, 3 + int(rng.bounded(5)));
            break;
        }
    }
    if (html->endsWith(u'\n'))
        html->chop(1);
}

struct People
{
    QList<Actes::Participant> people;
    QStringList organisations;
};

// A directory of about 2,000 people and 300 organisations.
inline People peoplePool()
{
    static const QStringList first = {
        u"Anne"_s, u"Benoît"_s, u"Camille"_s, u"Chloé"_s, u"Damien"_s, u"Élodie"_s, u"Émile"_s, u"Fanny"_s,
        u"François"_s, u"Gaëlle"_s, u"Hélène"_s, u"Hugo"_s, u"Inès"_s, u"Jérôme"_s, u"Joël"_s, u"Karine"_s,
        u"Laëtitia"_s, u"Léa"_s, u"Lucas"_s, u"Marie"_s, u"Mathilde"_s, u"Nadia"_s, u"Noémie"_s, u"Olivier"_s,
        u"Pascale"_s, u"Pierre"_s, u"Rémi"_s, u"Sébastien"_s, u"Solène"_s, u"Thérèse"_s, u"Valérie"_s,
        u"Yannick"_s, u"Zoé"_s, u"Agnès"_s, u"Cécile"_s, u"Françoise"_s, u"Gérald"_s, u"Loïc"_s, u"Maëlle"_s,
        u"Stéphane"_s,
    };
    static const QStringList last = {
        u"Martin"_s, u"Bernard"_s, u"Dubois"_s, u"Thomas"_s, u"Robert"_s, u"Richard"_s, u"Petit"_s,
        u"Durand"_s, u"Leroy"_s, u"Moreau"_s, u"Simon"_s, u"Laurent"_s, u"Lefèvre"_s, u"Michel"_s,
        u"Garcia"_s, u"David"_s, u"Bertrand"_s, u"Roux"_s, u"Vincent"_s, u"Fournier"_s, u"Morel"_s,
        u"Girard"_s, u"André"_s, u"Mercier"_s, u"Dupont"_s, u"Lambert"_s, u"Bonnet"_s, u"François"_s,
        u"Martinez"_s, u"Legrand"_s, u"Garnier"_s, u"Faure"_s, u"Rousseau"_s, u"Blanc"_s, u"Guérin"_s,
        u"Muller"_s, u"Henry"_s, u"Roussel"_s, u"Nicolas"_s, u"Perrin"_s, u"Morin"_s, u"Mathieu"_s,
        u"Clément"_s, u"Gauthier"_s, u"Dumont"_s, u"Lopez"_s, u"Fontaine"_s, u"Chevalier"_s, u"Robin"_s,
        u"Le Gall"_s,
    };
    static const QStringList functions = {
        u"Vice-présidente à l’ESS"_s, u"Adjoint au maire"_s, u"Chargée de mission ESS"_s,
        u"Directeur du développement économique"_s, u"Conseillère municipale déléguée"_s, u"Chercheuse"_s,
        u"Directrice"_s, u"Coordinateur"_s, u"Présidente"_s, u"Chef de projet"_s,
    };
    QRandomGenerator rng(1789);
    People pool;
    for (int i = 0; i < 300; ++i) {
        const QString kind = QStringList{u"Ville de"_s, u"Métropole de"_s, u"Région"_s, u"Coopérative"_s,
                                         u"Association"_s, u"Communauté de communes de"_s}
                                 .at(i % 6);
        pool.organisations.append(u"%1 %2 n° %3"_s.arg(kind, pick(rng, cities())).arg(i + 1));
    }
    for (int i = 0; i < 2000; ++i) {
        Actes::Participant p;
        p.name = pick(rng, first) + u' ' + pick(rng, last) + (i >= 1600 ? u"-"_s + pick(rng, last) : QString());
        p.function = pick(rng, functions);
        p.organisation = pool.organisations.at(int(rng.bounded(300)));
        pool.people.append(p);
    }
    return pool;
}

// Resource number n (0-based) of a generated library; plainBody receives the body as text.
inline Actes::Resource resource(int n, const People &pool, QString *plainBody = nullptr)
{
    QRandomGenerator rng(quint32(20240501u + quint32(n) * 7919u));
    static const QStringList types = {u"Ressources RTES"_s, u"Compte rendu"_s, u"Actes de colloque"_s,
                                      u"Étude"_s, u"Publication"_s, u"Fiche pratique"_s, u"Webinaire"_s};
    static const QStringList roles = {u"Intervenant·e"_s, u"Animateur·rice"_s, u"Participant·e"_s,
                                      u"Grand témoin"_s};
    static const QStringList partnerRoles = {u"Co-organisateur"_s, u"Hôte"_s, u"Financeur"_s, u"Partenaire"_s};
    Actes::Resource r;
    const QString city = pick(rng, cities());
    r.title = u"%1 sur %2 à %3 (n° %4)"_s.arg(pick(rng, events()), pick(rng, topics()), city).arg(n + 1);
    r.type = pick(rng, types);
    r.isPrivate = rng.bounded(10) == 0;
    r.privateConfirmed = true;
    const quint32 statusDraw = rng.bounded(20);
    r.status = statusDraw < 14 ? Actes::Status::Published
        : statusDraw < 17 ? Actes::Status::Draft
        : statusDraw < 19 ? Actes::Status::InReview
                          : Actes::Status::Approved;
    if (rng.bounded(50) != 0) {
        r.dateStart = QDate(2015, 1, 1).addDays(rng.bounded(3652));
        r.dateEnd = rng.bounded(5) == 0 ? r.dateStart.addDays(1 + rng.bounded(2)) : r.dateStart;
    }
    r.place = city;
    if (rng.bounded(3) != 0)
        r.attendance = 10 + int(rng.bounded(300));
    // Each report draws on its own part of the vocabulary, like real reports on one subject.
    QStringList words;
    for (int i = 0; i < 24; ++i)
        words.append(pick(rng, nouns()));
    QString plain, summary;
    paragraph(rng, words, &plain, &summary, 1 + int(rng.bounded(2)));
    if (summary.endsWith(u'\n'))
        summary.chop(1);
    r.summaryHtml = summary;
    plain.clear();
    QString html;
    body(rng, words, 2000 + qsizetype(rng.bounded(18000)), &plain, &html);
    r.bodyHtml = html;
    if (plainBody)
        *plainBody = plain;
    for (int i = 0, count = int(rng.bounded(9)); i < count; ++i) {
        Actes::Participant p = pool.people.at(int(rng.bounded(quint32(pool.people.size()))));
        p.role = pick(rng, roles);
        r.participants.append(p);
    }
    for (int i = 0, count = int(rng.bounded(4)); i < count; ++i) {
        Actes::Partner partner;
        partner.name = pool.organisations.at(int(rng.bounded(quint32(pool.organisations.size()))));
        partner.role = pick(rng, partnerRoles);
        r.partners.append(partner);
    }
    return r;
}

} // namespace ActesBench
