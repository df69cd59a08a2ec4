<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actes::AboutDialog</name>
    <message>
        <source>About Actes</source>
        <translation>À propos d’Actes</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Actes %1&lt;/h2&gt;&lt;p&gt;Write the reports of the network's events, have them reviewed, and publish them on the website and as printable proceedings (PDF), in impeccable French.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Actes %1&lt;/h2&gt;&lt;p&gt;Rédigez les comptes rendus des événements du réseau, faites-les relire, puis publiez-les sur le site web et sous forme d’actes imprimables (PDF), dans un français impeccable.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Actes is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY. See the Licence tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Actes est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la licence publique générale GNU (GNU General Public License) telle que publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est distribué dans l’espoir qu’il sera utile, mais SANS AUCUNE GARANTIE. Consultez l’onglet Licence.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open library: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bibliothèque ouverte : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Windows, text editing, printing and PDF preview</source>
        <translation>Fenêtres, édition de texte, impression et aperçu PDF</translation>
    </message>
    <message>
        <source>The library file</source>
        <translation>Le fichier de bibliothèque</translation>
    </message>
    <message>
        <source>PDF bookmarks, links and metadata</source>
        <translation>Signets, liens et métadonnées des PDF</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>Vérification orthographique</translation>
    </message>
    <message>
        <source>Comparing revisions</source>
        <translation>Comparaison des révisions</translation>
    </message>
    <message>
        <source>The typeface of the proceedings</source>
        <translation>La police de caractères des actes</translation>
    </message>
    <message>
        <source>&lt;p&gt;Actes is built with these libraries and fonts, under their own licences:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Actes s’appuie sur les composants logiciels et les polices suivants, chacun sous sa propre licence :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&lt;p&gt;This copy uses Qt %1 (the version it runs with).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cet exemplaire utilise Qt %1 (la version avec laquelle il s’exécute).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;Composants</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>Licence publique générale GNU, version 3 ou ultérieure : https://www.gnu.org/licenses/gpl-3.0.html</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Actes::AddMemberDialog</name>
    <message>
        <source>&amp;Generate a password and show it once</source>
        <translation>&amp;Générer un mot de passe et l’afficher une seule fois</translation>
    </message>
    <message>
        <source>Add a Member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>e.g. claire.martin</source>
        <translation>par exemple claire.martin</translation>
    </message>
    <message>
        <source>e.g. Claire Martin</source>
        <translation>par exemple Claire Martin</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, dots, dashes and underscores, starting with a letter. An existing login of the server keeps its password.</source>
        <translation>Lettres minuscules, chiffres, points, tirets et tirets bas, en commençant par une lettre. Un identifiant qui existe déjà sur le serveur garde son mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>Actes::AddressBookDialog</name>
    <message>
        <source>%1 (%2)</source>
        <comment>resource title (date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Address Book</source>
        <translation>Carnet d’adresses</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Structures</translation>
    </message>
    <message>
        <source>Filter by name, function or organisation</source>
        <translation>Filtrer par nom, fonction ou structure</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Double-click a cell to correct it; the change applies to every resource.</source>
        <translation>Double-cliquez sur une cellule pour la corriger ; la modification s’applique à toutes les ressources.</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>&amp;Merge selected…</source>
        <translation>&amp;Fusionner la sélection…</translation>
    </message>
    <message>
        <source>Select two or more entries for the same person, then choose the one to keep.</source>
        <translation>Sélectionnez plusieurs entrées correspondant à la même personne, puis choisissez celle à conserver.</translation>
    </message>
    <message>
        <source>Resources of the selected person:</source>
        <translation>Ressources de la personne sélectionnée :</translation>
    </message>
    <message>
        <source>Resources of the selected person</source>
        <translation>Ressources de la personne sélectionnée</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Filter organisations</source>
        <translation>Filtrer les structures</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Double-click a name to correct it; the change applies to every resource.</source>
        <translation>Double-cliquez sur un nom pour le corriger ; la modification s’applique à toutes les ressources.</translation>
    </message>
    <message>
        <source>&amp;Add organisation</source>
        <translation>&amp;Ajouter une structure</translation>
    </message>
    <message>
        <source>Select two or more entries for the same organisation, then choose the one to keep.</source>
        <translation>Sélectionnez plusieurs entrées correspondant à la même structure, puis choisissez celle à conserver.</translation>
    </message>
    <message>
        <source>Resources of the selected organisation:</source>
        <translation>Ressources de la structure sélectionnée :</translation>
    </message>
    <message>
        <source>Resources of the selected organisation</source>
        <translation>Ressources de la structure sélectionnée</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ajouter une structure</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>Une structure doit avoir un nom.</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Fusionner des personnes</translation>
    </message>
    <message>
        <source>Select at least two entries for the same person (Ctrl+click).</source>
        <translation>Sélectionnez au moins deux entrées correspondant à la même personne (Ctrl+clic).</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>name — function, organisation</comment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>Keep which entry? The other %n entries are merged into it, in every resource.</source>
        <translation>
            <numerusform>Quelle entrée conserver ? L’autre entrée y sera fusionnée, dans toutes les ressources.</numerusform>
            <numerusform>Quelle entrée conserver ? Les %n autres entrées y seront fusionnées, dans toutes les ressources.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Fusionner des structures</translation>
    </message>
    <message>
        <source>Select at least two entries for the same organisation (Ctrl+click).</source>
        <translation>Sélectionnez au moins deux entrées correspondant à la même structure (Ctrl+clic).</translation>
    </message>
    <message>
        <source>(no resource)</source>
        <translation>(aucune ressource)</translation>
    </message>
</context>
<context>
    <name>Actes::ApprovalGuard</name>
    <message>
        <source>Back to review automatically: after a re-import it no longer passes the checks before publishing.</source>
        <translation>Repassée automatiquement à relire : après un nouvel import, elle ne satisfait plus les vérifications avant publication.</translation>
    </message>
    <message>
        <source>Back to review automatically: the restored revision does not pass the checks before publishing.</source>
        <translation>Repassée automatiquement à relire : la révision restaurée ne satisfait pas les vérifications avant publication.</translation>
    </message>
    <message>
        <source>Back to review automatically: after an edit it no longer passes the checks before publishing.</source>
        <translation>Repassée automatiquement à relire : après une modification, elle ne satisfait plus les vérifications avant publication.</translation>
    </message>
</context>
<context>
    <name>Actes::Attachment</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diaporama</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
</context>
<context>
    <name>Actes::AttachmentFiles</name>
    <message>
        <source>“%1”</source>
        <comment>a file name in a sentence</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>%1 is %2; this library accepts files up to %3. Nothing was attached.</source>
        <translation>%1 pèse %2 ; cette bibliothèque accepte les fichiers jusqu’à %3. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>There is no file %1. Nothing was attached.</source>
        <translation>Il n’y a pas de fichier %1. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Nothing was attached.</source>
        <translation>%1 est un dossier, pas un fichier. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file. Nothing was attached.</source>
        <translation>%1 n’est pas un fichier ordinaire. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Nothing was attached.</source>
        <translation>Impossible de lire %1 (%2). Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 is not a web address (http:// or https:// followed by a site). Nothing was attached.</source>
        <translation>%1 n’est pas une adresse web (http:// ou https:// suivi d’un site). Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 holds a user name or a password; give the address without them. Nothing was attached.</source>
        <translation>%1 contient un nom d’utilisateur ou un mot de passe ; donnez l’adresse sans eux. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>The link %1 needs a title. Nothing was attached.</source>
        <translation>Le lien %1 doit avoir un titre. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 is a link (%2), not a file: there is nothing to save.</source>
        <translation>%1 est un lien (%2), pas un fichier : il n’y a rien à enregistrer.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the file to write.</source>
        <translation>%1 est un dossier ; donnez le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>The content of %1 is missing from the library.</source>
        <translation>Le contenu de %1 manque dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The content of %1 kept in the library is damaged (its checksum differs); nothing was written.</source>
        <translation>Le contenu de %1 conservé dans la bibliothèque est endommagé (son empreinte ne correspond pas) ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>Impossible d’écrire %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Actes::AttachmentsPanel</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Attach files to this resource (Insert); you can also drop them on the list</source>
        <translation>Joindre des fichiers à cette ressource (Inser) ; vous pouvez aussi les déposer sur la liste</translation>
    </message>
    <message>
        <source>Add &amp;Link…</source>
        <translation>Ajouter un &amp;lien…</translation>
    </message>
    <message>
        <source>Attach a link: a video, a page of another site</source>
        <translation>Joindre un lien : une vidéo, une page d’un autre site</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the document with the desktop's application, a link in the browser (Enter)</source>
        <translation>Ouvrir le document avec l’application habituelle, un lien dans le navigateur (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Enregistrer une copie du fichier</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Rename the document (F2)</source>
        <translation>Renommer le document (F2)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the document from this resource (Delete); Edit ▸ Undo brings it back</source>
        <translation>Retirer le document de cette ressource (Suppr) ; Édition ▸ Annuler le rétablit</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilité :</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Réservé aux adhérents</translation>
    </message>
    <message>
        <source>Members only: never published (website, public proceedings); only in the internal edition.</source>
        <translation>Réservé aux adhérents : jamais publié (site, actes publics) ; seulement dans l’édition interne.</translation>
    </message>
    <message>
        <source>No documents. Drop files here, or use Add Files…</source>
        <translation>Aucun document. Déposez des fichiers ici, ou utilisez Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>kind · address</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <comment>kind · type, size</comment>
        <translation>%1 · %2, %3</translation>
    </message>
    <message>
        <source>Members only: never published</source>
        <translation>Réservé aux adhérents : jamais publié</translation>
    </message>
    <message>
        <source>Public: published with the resource</source>
        <translation>Public : publié avec la ressource</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien : %1</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Fichier : %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is already attached as “%2”. Nothing was attached.</source>
        <translation>« %1 » est déjà joint sous le titre « %2 ». Rien n’a été joint.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation>Joindre « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n document(s)</source>
        <translation>
            <numerusform>Joindre %n document</numerusform>
            <numerusform>Joindre %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” attached.</source>
        <translation>« %1 » joint.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) attached.</source>
        <translation>
            <numerusform>%n document joint.</numerusform>
            <numerusform>%n documents joints.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) attached; these files were not:</source>
        <translation>
            <numerusform>%n document joint ; ces fichiers ne l’ont pas été :</numerusform>
            <numerusform>%n documents joints ; ces fichiers ne l’ont pas été :</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <source>Add a Link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>A document needs a title; “%1” keeps its own.</source>
        <translation>Un document doit avoir un titre ; « %1 » garde le sien.</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Renommer « %1 »</translation>
    </message>
    <message>
        <source>Change the kind of “%1”</source>
        <translation>Changer la nature de « %1 »</translation>
    </message>
    <message>
        <source>Make “%1” members only</source>
        <translation>Réserver « %1 » aux membres</translation>
    </message>
    <message>
        <source>Make “%1” public</source>
        <translation>Rendre « %1 » public</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer « %1 »</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Retirer « %1 »</translation>
    </message>
    <message>
        <source>“%1” removed; Edit ▸ Undo brings it back.</source>
        <translation>« %1 » retiré ; Édition ▸ Annuler le rétablit.</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Aucun navigateur n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Open a Document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: no temporary folder could be made (%2).</source>
        <translation>« %1 » ne peut pas être ouvert : aucun dossier temporaire n’a pu être créé (%2).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened. %2</source>
        <translation>« %1 » ne peut pas être ouvert. %2</translation>
    </message>
    <message>
        <source>“%1” opened: a copy; changes made to it are not kept in the library.</source>
        <translation>« %1 » ouvert : c’est une copie ; ses modifications ne sont pas gardées dans la bibliothèque.</translation>
    </message>
    <message>
        <source>No application could open “%1”; use Save a Copy.</source>
        <translation>Aucune application n’a pu ouvrir « %1 » ; utilisez Enregistrer une copie.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>“%1” could not be saved. %2</source>
        <translation>« %1 » n’a pas pu être enregistré. %2</translation>
    </message>
    <message>
        <source>A copy of “%1” was saved as %2.</source>
        <translation>Une copie de « %1 » a été enregistrée sous %2.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Video of the opening session</source>
        <translation>Vidéo de la séance d’ouverture</translation>
    </message>
    <message>
        <source>&amp;Members only (never published)</source>
        <translation>Réservé aux &amp;membres (jamais publié)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
</context>
<context>
    <name>Actes::BackupManager</name>
    <message>
        <source>The backup folder %1 cannot be created. The library %2 was not backed up.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1. La bibliothèque %2 n’a pas été sauvegardée.</translation>
    </message>
    <message>
        <source>The library %1 could not be read to back it up (%2).</source>
        <translation>Impossible de lire la bibliothèque %1 pour la sauvegarder (%2).</translation>
    </message>
    <message>
        <source>The file %1 is not an Actes library, so it was not backed up.</source>
        <translation>Le fichier %1 n’est pas une bibliothèque Actes ; il n’a donc pas été sauvegardé.</translation>
    </message>
    <message>
        <source>The library %1 could not be backed up (%2).</source>
        <translation>Impossible de sauvegarder la bibliothèque %1 (%2).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: the library %2 was not backed up. The library itself is unchanged.</source>
        <translation>Le disque qui contient %1 est plein : la bibliothèque %2 n’a pas été sauvegardée. La bibliothèque elle-même n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The library %1 is in use by another program; it was not backed up. The backup will be made next time.</source>
        <translation>La bibliothèque %1 est utilisée par un autre programme ; elle n’a pas été sauvegardée. La sauvegarde sera faite la prochaine fois.</translation>
    </message>
    <message>
        <source>The library %1 could not be backed up to %2 (%3).</source>
        <translation>Impossible de sauvegarder la bibliothèque %1 dans %2 (%3).</translation>
    </message>
    <message>
        <source>The backup %1 could not be written. The library %2 is unchanged.</source>
        <translation>Impossible d’écrire la sauvegarde %1. La bibliothèque %2 n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La sauvegarde %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read (%2).</source>
        <translation>Impossible de lire la sauvegarde %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1 is not an Actes library: it is not a database at all.</source>
        <translation>Le fichier %1 n’est pas une bibliothèque Actes : ce n’est pas du tout une base de données.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened (%2).</source>
        <translation>Impossible d’ouvrir la sauvegarde %1 (%2).</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2).</source>
        <translation>La sauvegarde %1 est endommagée (%2).</translation>
    </message>
    <message>
        <source>The file %1 is not an Actes library: it is the database of another application.</source>
        <translation>Le fichier %1 n’est pas une bibliothèque Actes : c’est la base de données d’une autre application.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Actes.</source>
        <translation>La sauvegarde %1 a été créée par une version plus récente d’Actes.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its schema version is missing.</source>
        <translation>La sauvegarde %1 est endommagée : la version de son schéma est manquante.</translation>
    </message>
    <message>
        <source>A library cannot be restored from itself (%1).</source>
        <translation>Une bibliothèque ne peut pas être restaurée à partir d’elle-même (%1).</translation>
    </message>
    <message>
        <source>The library %1 is in use by another program. Close it there, then restore the backup again. Nothing was changed.</source>
        <translation>La bibliothèque %1 est utilisée par un autre programme. Fermez-la dans ce programme, puis relancez la restauration. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied next to the library %2 (is the disk full?). Nothing was changed.</source>
        <translation>Impossible de copier la sauvegarde %1 à côté de la bibliothèque %2 (le disque est-il plein ?). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The library %1 could not be renamed to keep it before the restore. Nothing was changed.</source>
        <translation>Impossible de renommer la bibliothèque %1 pour la conserver avant la restauration. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of the library %1. Nothing was changed.</source>
        <translation>Impossible de mettre la sauvegarde à la place de la bibliothèque %1. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Actes::ChangeAttendanceCommand</name>
    <message>
        <source>Change attendance</source>
        <translation>Modifier la fréquentation</translation>
    </message>
</context>
<context>
    <name>Actes::ChangeDatesCommand</name>
    <message>
        <source>Change event date</source>
        <translation>Modifier la date de l’événement</translation>
    </message>
</context>
<context>
    <name>Actes::ChangePlaceCommand</name>
    <message>
        <source>Change place</source>
        <translation>Modifier le lieu</translation>
    </message>
</context>
<context>
    <name>Actes::ChangePrivateCommand</name>
    <message>
        <source>Mark as private</source>
        <translation>Marquer comme privée</translation>
    </message>
    <message>
        <source>Mark as public</source>
        <translation>Marquer comme publique</translation>
    </message>
</context>
<context>
    <name>Actes::ChangeTypeCommand</name>
    <message>
        <source>Change resource type</source>
        <translation>Modifier le type de ressource</translation>
    </message>
</context>
<context>
    <name>Actes::ChecksList</name>
    <message>
        <source>Checks before publishing</source>
        <translation>Vérifications avant publication</translation>
    </message>
    <message>
        <source>Problems to fix before the resource can be approved. Press Enter on a problem to go to its field.</source>
        <translation>Problèmes à corriger avant de pouvoir valider la ressource. Appuyez sur Entrée sur un problème pour aller au champ concerné.</translation>
    </message>
    <message>
        <source>Click a problem, or press Enter, to go to the field concerned.</source>
        <translation>Cliquez sur un problème, ou appuyez sur Entrée, pour aller au champ concerné.</translation>
    </message>
    <message>
        <source>Blocks approval: %1</source>
        <translation>Bloque la validation : %1</translation>
    </message>
    <message>
        <source>Warning (does not block approval): %1</source>
        <translation>Avertissement (ne bloque pas la validation) : %1</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>À corriger : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready to publish.&lt;/b&gt; Every check passes.</source>
        <translation>&lt;b&gt;Prête pour la publication.&lt;/b&gt; Toutes les vérifications sont satisfaites.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing blocks approval.&lt;/b&gt; Look at the warnings below.</source>
        <translation>&lt;b&gt;Rien ne bloque la validation.&lt;/b&gt; Consultez les avertissements ci-dessous.</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avertissements : %1</translation>
    </message>
    <message>
        <source>To fix: %1 · Warnings: %2</source>
        <translation>À corriger : %1 · Avertissements : %2</translation>
    </message>
    <message>
        <source>Select a resource in the list to see what it needs before it can be published.</source>
        <translation>Sélectionnez une ressource dans la liste pour voir ce qu’il lui faut avant sa publication.</translation>
    </message>
    <message>
        <source>&amp;Dismiss This Warning</source>
        <translation>&amp;Ignorer cet avertissement</translation>
    </message>
    <message>
        <source>Dismiss Warning</source>
        <translation>Ignorer l’avertissement</translation>
    </message>
    <message>
        <source>Dismiss the selected warning for this resource (undoable); it is then no longer listed.</source>
        <translation>Ignorer l’avertissement sélectionné pour cette ressource (annulable) ; il n’est alors plus affiché.</translation>
    </message>
    <message>
        <source>Warning (does not block approval; select it and press Dismiss Warning if it does not apply): %1</source>
        <translation>Avertissement (ne bloque pas la validation ; sélectionnez-le et cliquez sur Ignorer l’avertissement s’il ne s’applique pas) : %1</translation>
    </message>
</context>
<context>
    <name>Actes::CommandLine</name>
    <message>
        <source>unknown option '%1'.</source>
        <translation>option inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Try 'actes --help'.</source>
        <translation>Essayez « actes --help ».</translation>
    </message>
    <message>
        <source>unknown command '%1'.</source>
        <translation>commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 doit être suivi d’une valeur.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>--ids needs resource ids separated by commas, such as 1,2,3.</source>
        <translation>--ids doit être suivi d’identifiants de ressources séparés par des virgules, par exemple 1,2,3.</translation>
    </message>
    <message>
        <source>there is no resource %1 in %2.</source>
        <translation>il n’y a pas de ressource %1 dans %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>'%1' is not a resource id.</source>
        <translation>« %1 » n’est pas un identifiant de ressource.</translation>
    </message>
    <message>
        <source>import-site needs at least one file.</source>
        <translation>import-site doit être suivi d’au moins un fichier.</translation>
    </message>
    <message>
        <source>To check: %1</source>
        <translation>À vérifier : %1</translation>
    </message>
    <message>
        <source>list takes no argument '%1'.</source>
        <translation>list n’accepte pas d’argument « %1 ».</translation>
    </message>
    <message>
        <source>The library is empty.</source>
        <translation>La bibliothèque est vide.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>PR</source>
        <comment>short mark for a private resource</comment>
        <translation>PR</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s).</source>
        <translation>
            <numerusform>%n ressource.</numerusform>
            <numerusform>%n ressources.</numerusform>
        </translation>
    </message>
    <message>
        <source>show needs exactly one resource id.</source>
        <translation>show doit être suivi d’un seul identifiant de ressource.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ressource privée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fréquentation</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>export-pdf takes no argument '%1'.</source>
        <translation>export-pdf n’accepte pas d’argument « %1 ».</translation>
    </message>
    <message>
        <source>export-pdf needs --out FILE, the PDF to write.</source>
        <translation>export-pdf doit être suivi de --out FICHIER, le PDF à écrire.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Écartée : %1</translation>
    </message>
    <message>
        <source>the PDF %1 was not written.</source>
        <translation>le PDF %1 n’a pas été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s).</source>
        <translation>
            <numerusform>%1 écrit : %n page.</numerusform>
            <numerusform>%1 écrit : %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>export-site takes no argument '%1'.</source>
        <translation>export-site n’accepte pas d’argument « %1 ».</translation>
    </message>
    <message>
        <source>export-site needs --out DIR, the folder to write.</source>
        <translation>export-site doit être suivi de --out DOSSIER, le dossier à écrire.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 écrit (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) exported to %1, %2 left out; the manifest is index.json.</source>
        <translation>
            <numerusform>%n ressource exportée dans %1 (écartées : %2) ; le manifeste est index.json.</numerusform>
            <numerusform>%n ressources exportées dans %1 (écartées : %2) ; le manifeste est index.json.</numerusform>
        </translation>
    </message>
    <message>
        <source>check takes no argument '%1'; use --ids 1,2,3 to choose resources.</source>
        <translation>check n’accepte pas d’argument « %1 » ; utilisez --ids 1,2,3 pour choisir les ressources.</translation>
    </message>
    <message>
        <source>ready: no problem found</source>
        <translation>prête : aucun problème trouvé</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>bloquant</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>level (field): message</comment>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) checked: %1 with blocking problems, %2 with warnings only.</source>
        <translation>
            <numerusform>%n ressource vérifiée : %1 avec des problèmes bloquants, %2 avec seulement des avertissements.</numerusform>
            <numerusform>%n ressources vérifiées : %1 avec des problèmes bloquants, %2 avec seulement des avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>status needs a resource id, and optionally the new status.</source>
        <translation>status doit être suivi d’un identifiant de ressource et, si besoin, du nouveau statut.</translation>
    </message>
    <message>
        <source>'%1' is not a status; use one of: %2.</source>
        <translation>« %1 » n’est pas un statut ; utilisez l’un des suivants : %2.</translation>
    </message>
    <message>
        <source>--comment goes with a new status.</source>
        <translation>--comment s’utilise avec un nouveau statut.</translation>
    </message>
    <message>
        <source>Resource %1: %2</source>
        <translation>Ressource %1 : %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>No status change recorded.</source>
        <translation>Aucun changement de statut enregistré.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>%1  %2 → %3, by %4</source>
        <comment>time  from → to, by author</comment>
        <translation>%1  %2 → %3, par %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>history line: comment</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Resource %1 is already %2; nothing changed.</source>
        <translation>La ressource %1 a déjà le statut « %2 » ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Resource %1 is now %2 (it was %3).</source>
        <translation>La ressource %1 a maintenant le statut « %2 » (auparavant « %3 »).</translation>
    </message>
    <message>
        <source>set needs a resource id and at least one KEY=VALUE.</source>
        <translation>set doit être suivi d’un identifiant de ressource et d’au moins un couple CLÉ=VALEUR.</translation>
    </message>
    <message>
        <source>set needs at least one KEY=VALUE after the resource id.</source>
        <translation>set doit avoir au moins un couple CLÉ=VALEUR après l’identifiant de ressource.</translation>
    </message>
    <message>
        <source>'%1' is not KEY=VALUE.</source>
        <translation>« %1 » n’est pas de la forme CLÉ=VALEUR.</translation>
    </message>
    <message>
        <source>'%1' is not a key set can change; use one of: %2.</source>
        <translation>« %1 » n’est pas une clé que set peut modifier ; utilisez l’une des suivantes : %2.</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD (or empty to clear), not '%2'.</source>
        <translation>%1 doit être une date au format AAAA-MM-JJ (ou vide pour l’effacer), pas « %2 ».</translation>
    </message>
    <message>
        <source>title cannot be empty.</source>
        <translation>title ne peut pas être vide.</translation>
    </message>
    <message>
        <source>title cannot contain line breaks.</source>
        <translation>title ne peut pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>private must be true or false, not '%1'.</source>
        <translation>private doit valoir true ou false, pas « %1 ».</translation>
    </message>
    <message>
        <source>attendance must be a number of people from 0 to 1,000,000 (or empty), not '%1'.</source>
        <translation>attendance doit être un nombre de personnes de 0 à 1 000 000 (ou vide), pas « %1 ».</translation>
    </message>
    <message>
        <source>'%1' is not a resource type of this library (%2); add --new-type to add it.</source>
        <translation>« %1 » n’est pas un type de ressource de cette bibliothèque (%2) ; ajoutez --new-type pour l’ajouter.</translation>
    </message>
    <message>
        <source>resource %1 has no start date, so it cannot be given an end date; set date_start too.</source>
        <translation>la ressource %1 n’a pas de date de début : elle ne peut donc pas recevoir de date de fin ; indiquez aussi date_start.</translation>
    </message>
    <message>
        <source>resource %1 would end (%2) before it starts (%3); nothing was changed.</source>
        <translation>la ressource %1 se terminerait (%2) avant de commencer (%3) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Resource %1 already has these values; nothing changed.</source>
        <translation>La ressource %1 a déjà ces valeurs ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Resource %1 saved (version %2): %3.</source>
        <translation>Ressource %1 enregistrée (version %2) : %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and its value in `actes show`</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>--lang takes fr or en, not '%1'.</source>
        <translation>--lang prend fr ou en, pas « %1 ».</translation>
    </message>
    <message>
        <source>checked must be true or false, not '%1'.</source>
        <translation>checked doit valoir true ou false, et non « %1 ».</translation>
    </message>
    <message>
        <source>Resource %1 went back to review (it was %2): %3</source>
        <translation>La ressource %1 repasse à relire (elle était « %2 ») : %3</translation>
    </message>
    <message>
        <source>--db needs a library: a file path or a postgresql:// address.</source>
        <translation>--db doit être suivi d’une bibliothèque : un chemin de fichier ou une adresse postgresql://.</translation>
    </message>
    <message>
        <source>copy-library needs DEST, the new or empty library to copy into.</source>
        <translation>copy-library doit être suivi de DEST, la bibliothèque nouvelle ou vide où copier.</translation>
    </message>
    <message>
        <source>copy-library takes one destination, not '%1'.</source>
        <translation>copy-library prend une seule destination, pas « %1 ».</translation>
    </message>
    <message>
        <source>The library %1 does not exist: there is nothing to copy.</source>
        <translation>La bibliothèque %1 n’existe pas : il n’y a rien à copier.</translation>
    </message>
    <message>
        <source>Copying the library… %1 %</source>
        <translation>Copie de la bibliothèque… %1 %</translation>
    </message>
    <message>
        <source>Copied the library %1 into %2.</source>
        <translation>Bibliothèque %1 copiée dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s), with their revisions and status history, the trash, the directory, the types, the images and the library values.</source>
        <translation>
            <numerusform>%n ressource, avec ses révisions et l’historique de ses statuts, la corbeille, l’annuaire, les types, les images et les valeurs de la bibliothèque.</numerusform>
            <numerusform>%n ressources, avec leurs révisions et l’historique de leurs statuts, la corbeille, l’annuaire, les types, les images et les valeurs de la bibliothèque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified before it was committed: %n row(s), counts and SHA-256 hashes equal to the original.</source>
        <translation>
            <numerusform>Vérifiée avant d’être validée : %n ligne, nombres et empreintes SHA-256 identiques à l’original.</numerusform>
            <numerusform>Vérifiée avant d’être validée : %n lignes, nombres et empreintes SHA-256 identiques à l’original.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy into %1 was interrupted: nothing was written.</source>
        <translation>La copie dans %1 a été interrompue : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>not confirmed (treated as private)</source>
        <translation>non confirmée (traitée comme privée)</translation>
    </message>
    <message>
        <source>comments needs one resource id.</source>
        <translation>comments attend un identifiant de ressource.</translation>
    </message>
    <message>
        <source>No review comment on resource %1.</source>
        <translation>Aucun commentaire de relecture sur la ressource %1.</translation>
    </message>
    <message>
        <source>↳ #%1 %2, %3: %4</source>
        <comment>reply: id author, time: text</comment>
        <translation>↳ n°%1 %2, %3 : %4</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>résolu par %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>%1, its text was deleted</source>
        <comment>comment state</comment>
        <translation>%1, son texte a été supprimé</translation>
    </message>
    <message>
        <source>#%1 %2 « %3 » (%4)</source>
        <comment>id field «quote» (state)</comment>
        <translation>n°%1 %2 « %3 » (%4)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>author, time: text</comment>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>comment needs one resource id.</source>
        <translation>comment attend un identifiant de ressource.</translation>
    </message>
    <message>
        <source>comment needs one of --quote, --reply, --resolve or --reopen.</source>
        <translation>comment attend une option parmi --quote, --reply, --resolve ou --reopen.</translation>
    </message>
    <message>
        <source>--text needs the text of the comment.</source>
        <translation>--text attend le texte du commentaire.</translation>
    </message>
    <message>
        <source>--text goes with --quote or --reply.</source>
        <translation>--text s’emploie avec --quote ou --reply.</translation>
    </message>
    <message>
        <source>--field goes with --quote.</source>
        <translation>--field s’emploie avec --quote.</translation>
    </message>
    <message>
        <source>'%1' is not a field; use summary or body.</source>
        <translation>« %1 » n’est pas un champ ; utilisez summary ou body.</translation>
    </message>
    <message>
        <source>--quote needs the text to comment on.</source>
        <translation>--quote attend le texte à commenter.</translation>
    </message>
    <message>
        <source>there is no comment %1 on resource %2.</source>
        <translation>il n’y a pas de commentaire %1 sur la ressource %2.</translation>
    </message>
    <message>
        <source>Comment %1 resolved.</source>
        <translation>Commentaire %1 résolu.</translation>
    </message>
    <message>
        <source>Comment %1 reopened.</source>
        <translation>Commentaire %1 rouvert.</translation>
    </message>
    <message>
        <source>“%1” is not in the %2 of resource %3; no comment was added.</source>
        <translation>« %1 » ne figure pas dans le champ %2 de la ressource %3 ; aucun commentaire n’a été ajouté.</translation>
    </message>
    <message>
        <source>“%1” is in neither the body nor the summary of resource %2; no comment was added.</source>
        <translation>« %1 » ne figure ni dans le corps ni dans le résumé de la ressource %2 ; aucun commentaire n’a été ajouté.</translation>
    </message>
    <message>
        <source>Reply %1 added to comment %2.</source>
        <translation>Réponse %1 ajoutée au commentaire %2.</translation>
    </message>
    <message>
        <source>Comment %1 added on the %2.</source>
        <translation>Commentaire %1 ajouté sur le champ %2.</translation>
    </message>
    <message>
        <source>member needs an action: add, list, set-role or disable.</source>
        <translation>member demande une action : add, list, set-role ou disable.</translation>
    </message>
    <message>
        <source>'%1' is not a member action; use add, list, set-role or disable.</source>
        <translation>« %1 » n’est pas une action de member ; utilisez add, list, set-role ou disable.</translation>
    </message>
    <message>
        <source>'%1' is not a role; use author, reviewer or admin.</source>
        <translation>« %1 » n’est pas un rôle ; utilisez author, reviewer ou admin.</translation>
    </message>
    <message>
        <source>member list takes no argument '%1'.</source>
        <translation>member list ne prend pas d’argument « %1 ».</translation>
    </message>
    <message>
        <source>member add needs one login: member add LOGIN --role author|reviewer|admin --name "Display Name".</source>
        <translation>member add demande un identifiant : member add IDENTIFIANT --role author|reviewer|admin --name "Nom affiché".</translation>
    </message>
    <message>
        <source>member add needs --role author, reviewer or admin.</source>
        <translation>member add demande --role author, reviewer ou admin.</translation>
    </message>
    <message>
        <source>give the password one way only: --password-file, --password-stdin or --generate-password.</source>
        <translation>donnez le mot de passe d’une seule façon : --password-file, --password-stdin ou --generate-password.</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2.</source>
        <translation>impossible de lire le fichier de mot de passe %1 : %2.</translation>
    </message>
    <message>
        <source>Password for %1 (empty: generate one): </source>
        <translation>Mot de passe de %1 (vide : en générer un) : </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Le même mot de passe, encore une fois : </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed.</source>
        <translation>les deux mots de passe diffèrent ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the password given is empty; nothing was changed.</source>
        <translation>le mot de passe donné est vide ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 (%2) is now a member of the library as %3.</source>
        <translation>%1 (%2) est maintenant membre de la bibliothèque, avec le rôle %3.</translation>
    </message>
    <message>
        <source>Password (shown once; give it to %1 privately): %2</source>
        <translation>Mot de passe (affiché une seule fois ; à transmettre à %1 en privé) : %2</translation>
    </message>
    <message>
        <source>member set-role needs a login and a role: member set-role LOGIN ROLE.</source>
        <translation>member set-role demande un identifiant et un rôle : member set-role IDENTIFIANT RÔLE.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 a maintenant le rôle %2.</translation>
    </message>
    <message>
        <source>member disable needs one login.</source>
        <translation>member disable demande un identifiant.</translation>
    </message>
    <message>
        <source>%1 may no longer connect; their name stays in the history.</source>
        <translation>%1 ne peut plus se connecter ; son nom reste dans l’historique.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>Nothing waits for your review.</source>
        <translation>Rien n’attend votre relecture.</translation>
    </message>
    <message>
        <source>--reviewer goes with the status review (submitting for review).</source>
        <translation>--reviewer va avec le statut review (la soumission à relecture).</translation>
    </message>
    <message>
        <source>--reviewer needs a member's login.</source>
        <translation>--reviewer doit être suivi de l’identifiant d’un membre.</translation>
    </message>
    <message>
        <source>Waiting for: any reviewer</source>
        <translation>En attente de : n’importe quel relecteur</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>En attente de : %1</translation>
    </message>
    <message>
        <source>%1, review requested from %2</source>
        <comment>history line: reviewer</comment>
        <translation>%1, relecture demandée à %2</translation>
    </message>
    <message>
        <source>Resource %1 now waits for the review of %2.</source>
        <translation>La ressource %1 attend maintenant la relecture de %2.</translation>
    </message>
    <message>
        <source>Resource %1 is now %2 (it was %3); the review is requested from %4.</source>
        <translation>La ressource %1 est maintenant « %2 » (elle était « %3 ») ; la relecture est demandée à %4.</translation>
    </message>
    <message>
        <source>members only</source>
        <translation>réservé aux adhérents</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>'%1' is not an attachment id (see `actes attachments ID`).</source>
        <translation>« %1 » n’est pas un identifiant de pièce jointe (voir `actes attachments ID`).</translation>
    </message>
    <message>
        <source>attach needs a resource id, then files or --link URL --title TEXT.</source>
        <translation>attach attend un identifiant de ressource, puis des fichiers ou --link URL --title TEXTE.</translation>
    </message>
    <message>
        <source>attach takes files or one --link, not both.</source>
        <translation>attach prend des fichiers ou un --link, pas les deux.</translation>
    </message>
    <message>
        <source>attach needs the files to attach after the resource id, or --link URL --title TEXT.</source>
        <translation>attach attend les fichiers à joindre après l’identifiant de ressource, ou --link URL --title TEXTE.</translation>
    </message>
    <message>
        <source>--link needs --title with the title of the link.</source>
        <translation>--link demande --title avec le titre du lien.</translation>
    </message>
    <message>
        <source>--title needs a title.</source>
        <translation>--title attend un titre.</translation>
    </message>
    <message>
        <source>--title goes with a single file; attach the files one by one to give each its title.</source>
        <translation>--title ne va qu’avec un seul fichier ; joignez les fichiers un par un pour donner à chacun son titre.</translation>
    </message>
    <message>
        <source>'%1' is not a kind of attachment; use one of: %2. Nothing was attached.</source>
        <translation>« %1 » n’est pas un genre de pièce jointe ; utilisez l’un de ceux-ci : %2. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>Attachment %1 added to resource %2: “%3” (%4, %5, %6).</source>
        <comment>id, resource, title (kind, visibility, size)</comment>
        <translation>Pièce jointe %1 ajoutée à la ressource %2 : « %3 » (%4, %5, %6).</translation>
    </message>
    <message>
        <source>attachments needs one resource id.</source>
        <translation>attachments attend un identifiant de ressource.</translation>
    </message>
    <message>
        <source>No attachment on resource %1.</source>
        <translation>Aucune pièce jointe à la ressource %1.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File or address</source>
        <translation>Fichier ou adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n pièce jointe.</numerusform>
            <numerusform>%n pièces jointes.</numerusform>
        </translation>
    </message>
    <message>
        <source>detach needs a resource id and an attachment id.</source>
        <translation>detach attend un identifiant de ressource et un identifiant de pièce jointe.</translation>
    </message>
    <message>
        <source>there is no attachment %1 on resource %2.</source>
        <translation>il n’y a pas de pièce jointe %1 à la ressource %2.</translation>
    </message>
    <message>
        <source>Attachment %1 “%2” removed from resource %3 (its earlier revisions keep it).</source>
        <translation>Pièce jointe %1 « %2 » retirée de la ressource %3 (ses révisions antérieures la conservent).</translation>
    </message>
    <message>
        <source>attachment-save needs a resource id and an attachment id.</source>
        <translation>attachment-save attend un identifiant de ressource et un identifiant de pièce jointe.</translation>
    </message>
    <message>
        <source>attachment-save needs --out FILE, the file to write.</source>
        <translation>attachment-save attend --out FICHIER, le fichier à écrire.</translation>
    </message>
    <message>
        <source>“%1” saved to %2 (%3).</source>
        <translation>« %1 » enregistré dans %2 (%3).</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>#%1 %2 (%3, %4, %5)</source>
        <comment>id title (kind, visibility, size or address)</comment>
        <translation>#%1 %2 (%3, %4, %5)</translation>
    </message>
    <message>
        <source>Usage: actes [--db LIBRARY] [COMMAND [ARGUMENTS]]

Without a command, Actes opens its window on the library.

Options:
  --db LIBRARY     use this library: a file path (created if missing) or a team
                   library on a PostgreSQL server, as a libpq address such as
                   postgresql://camille@db.example.org:5432/actes?sslmode=verify-full
                   or postgresql:///actes?host=/run/postgresql (a Unix socket);
                   default: $ACTES_DB, else the default library in your application
                   data folder. Passwords never go in the address: libpq reads them
                   from PGPASSWORD, ~/.pgpass (or PGPASSFILE) or a service file
  -h, --help       show this help
  -V, --version    show the version

Commands:
  import-site FILE...   import text exports of the website (re-importing updates)
  list [--json] [--to-review]
                        list the resources; --to-review: those in review that wait
                        for you (named you as reviewer) or for anyone
  show ID [--json]      show one resource with its body
  check [--ids 1,2,3] [--json]
                        run the checks before publishing; exit 1 when a blocking
                        problem is found
  status ID [NEW_STATUS] [--comment TEXT] [--reviewer LOGIN]
                        show the status and its history, or change it (draft, review,
                        approved, published, archived); approving or publishing is
                        refused while a blocking problem remains; review --reviewer
                        LOGIN asks that member (a reviewer or an admin) to review it
  set ID KEY=VALUE... [--new-type]
                        change metadata, in one revision; keys: title, type,
                        private (true/false, confirms it), date_start, date_end
                        (YYYY-MM-DD, empty to clear), place, attendance (number or
                        empty); --new-type lets type add a type to the library
  export-pdf --out FILE [--ids 1,2,3] [--title TEXT] [--include-private] [--pdfa]
             [--lang fr|en] [--append-attachments]
                        export proceedings as PDF (all resources by date without --ids;
                        private ones only with --include-private); each chapter lists
                        its documents; --append-attachments binds the attached PDFs
                        after their chapter (members-only ones in the internal edition)
  export-site --out DIR [--ids 1,2,3] [--lang fr|en]
                        export the approved and published public resources for the
                        website: one HTML file each, images, index.json
  copy-library DEST [--json]
                        copy the whole library (resources, revisions, status history,
                        trash, directory, types, images, library values) into DEST, a
                        new or empty library (file path or postgresql:// address);
                        one transaction, verified before success; a library that is
                        not empty is refused and left unchanged
  member add LOGIN --role author|reviewer|admin [--name "Display Name"]
         [--password-file FILE | --password-stdin | --generate-password]
                        add a member to a team library (administrators): creates the
                        login; the password is asked for, or generated and printed once
  member list [--json]  list the members with their roles
  member set-role LOGIN author|reviewer|admin
                        change a member's role (administrators)
  member disable LOGIN  the member may no longer connect; their name stays in the history
  comments ID [--json]  list the review comments of a resource, with their replies
  comment ID --quote TEXT --text TEXT [--field summary|body]
                        comment on the first occurrence of TEXT in the body, else the
                        summary (or only in --field)
  comment ID --reply COMMENT_ID --text TEXT
  comment ID --resolve COMMENT_ID | --reopen COMMENT_ID
                        reply to a comment, resolve or reopen its thread
  attach ID FILE... [--title TEXT] [--kind KIND] [--members-only]
                        attach files to a resource, all or none, in one revision
                        (each up to the library's limit, 100 MB unless changed);
                        KIND: programme, slides, proceedings, study, photos, video or
                        other (guessed from the name without --kind); --members-only:
                        never published; --title only with a single file
  attach ID --link URL --title TEXT [--kind KIND] [--members-only]
                        attach a link (http or https), such as a video
  attachments ID [--json]
                        list the attachments of a resource: id, kind, visibility,
                        size, title, file name or address (JSON: also sha256)
  detach ID ATTACHMENT_ID
                        remove an attachment (the resource's history keeps it)
  attachment-save ID ATTACHMENT_ID --out FILE
                        write the attached file to FILE, as it was attached
  --lang                the language of the document, whatever the language of these
                        messages; default: the library's (French unless changed)

Revisions and status changes are recorded under the author name of the settings,
else $USER.

Exit status: 0 on success, 1 on failure, 2 on bad usage.
</source>
        <translation>Utilisation : actes [--db BIBLIOTHÈQUE] [COMMANDE [ARGUMENTS]]

Sans commande, Actes ouvre sa fenêtre sur la bibliothèque.

Options :
  --db BIBLIOTHÈQUE
                   utiliser cette bibliothèque : un chemin de fichier (créé s’il
                   n’existe pas) ou une bibliothèque d’équipe sur un serveur
                   PostgreSQL, sous forme d’adresse libpq, par exemple
                   postgresql://camille@db.example.org:5432/actes?sslmode=verify-full
                   ou postgresql:///actes?host=/run/postgresql (socket Unix) ;
                   par défaut : $ACTES_DB, sinon la bibliothèque par défaut du
                   dossier de données de l’application. Le mot de passe ne figure
                   jamais dans l’adresse : libpq le lit dans PGPASSWORD, ~/.pgpass
                   (ou PGPASSFILE) ou un fichier de service
  -h, --help       afficher cette aide
  -V, --version    afficher la version

Commandes :
  import-site FICHIER...
                        importer des exports texte du site web (importer de
                        nouveau met à jour les ressources)
  list [--json] [--to-review]
                        lister les ressources ; --to-review : celles à relire
                        qui vous attendent (vous êtes nommé relecteur) ou qui
                        attendent n’importe quel relecteur
  show ID [--json]      afficher une ressource avec son corps
  check [--ids 1,2,3] [--json]
                        lancer les vérifications avant publication ; code de
                        sortie 1 si un problème bloquant est trouvé
  status ID [NOUVEAU_STATUT] [--comment TEXTE] [--reviewer IDENTIFIANT]
                        afficher le statut et son historique, ou le modifier
                        (draft, review, approved, published, archived) ; la
                        validation et la mise en ligne sont refusées tant qu’un
                        problème bloquant subsiste ; review --reviewer
                        IDENTIFIANT demande la relecture à ce membre (relecteur
                        ou administrateur)
  set ID CLÉ=VALEUR... [--new-type]
                        modifier les métadonnées, en une seule révision ; clés :
                        title, type, private (true/false, ce qui confirme le
                        choix), date_start, date_end (AAAA-MM-JJ, vide pour
                        effacer), place, attendance (nombre ou vide) ; avec
                        --new-type, type peut ajouter un type à la bibliothèque
  export-pdf --out FICHIER [--ids 1,2,3] [--title TEXTE] [--include-private] [--pdfa]
             [--lang fr|en] [--append-attachments]
                        exporter les actes en PDF (sans --ids, toutes les
                        ressources par date ; les ressources privées seulement
                        avec --include-private) ; chaque chapitre se termine par
                        ses documents ; --append-attachments relie les PDF joints
                        après leur chapitre (ceux réservés aux adhérents dans
                        l’édition interne)
  export-site --out DOSSIER [--ids 1,2,3] [--lang fr|en]
                        exporter pour le site web les ressources publiques
                        validées ou en ligne : un fichier HTML par ressource,
                        les images, index.json
  copy-library DEST [--json]
                        copier toute la bibliothèque (ressources, révisions,
                        historique des statuts, corbeille, annuaire, types, images,
                        valeurs de la bibliothèque) dans DEST, une bibliothèque
                        nouvelle ou vide (chemin de fichier ou adresse
                        postgresql://) ; en une seule transaction, vérifiée avant
                        d’annoncer la réussite ; une bibliothèque non vide est
                        refusée et laissée intacte
  member add IDENTIFIANT --role author|reviewer|admin [--name &quot;Nom affiché&quot;]
         [--password-file FICHIER | --password-stdin | --generate-password]
                        ajouter un membre à une bibliothèque d’équipe
                        (administrateurs) : crée l’identifiant ; le mot de passe est
                        demandé, ou généré et affiché une seule fois
  member list [--json]  lister les membres avec leur rôle
  member set-role IDENTIFIANT author|reviewer|admin
                        changer le rôle d’un membre (administrateurs)
  member disable IDENTIFIANT
                        le membre ne peut plus se connecter ; son nom reste dans
                        l’historique
  comments ID [--json]  lister les commentaires de relecture d’une ressource, avec
                        leurs réponses
  comment ID --quote TEXTE --text TEXTE [--field summary|body]
                        commenter la première occurrence de TEXTE dans le corps,
                        sinon dans le résumé (ou seulement dans --field)
  comment ID --reply ID_COMMENTAIRE --text TEXTE
  comment ID --resolve ID_COMMENTAIRE | --reopen ID_COMMENTAIRE
                        répondre à un commentaire, résoudre ou rouvrir sa discussion
  attach ID FICHIER... [--title TEXTE] [--kind GENRE] [--members-only]
                        joindre des fichiers à une ressource, tous ou aucun, en une
                        seule révision (chacun jusqu’à la limite de la bibliothèque,
                        100 Mo sauf changement) ; GENRE : programme, slides,
                        proceedings, study, photos, video ou other (deviné d’après
                        le nom sans --kind) ; --members-only : jamais publié ;
                        --title seulement avec un seul fichier
  attach ID --link URL --title TEXTE [--kind GENRE] [--members-only]
                        joindre un lien (http ou https), une vidéo par exemple
  attachments ID [--json]
                        lister les pièces jointes d’une ressource : identifiant,
                        genre, visibilité, taille, titre, nom de fichier ou adresse
                        (JSON : aussi sha256)
  detach ID ID_PIÈCE_JOINTE
                        retirer une pièce jointe (l’historique de la ressource la
                        garde)
  attachment-save ID ID_PIÈCE_JOINTE --out FICHIER
                        écrire le fichier joint dans FICHIER, tel qu’il a été joint
  --lang                la langue du document, quelle que soit celle de ces
                        messages ; par défaut, celle de la bibliothèque (le
                        français sauf changement)

Les révisions et les changements de statut sont enregistrés sous le nom d’auteur
des préférences, sinon sous $USER.

Code de sortie : 0 en cas de succès, 1 en cas d’échec, 2 en cas d’utilisation
incorrecte.
</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Fichier joint : %1</translation>
    </message>
    <message>
        <source>To attach: %1</source>
        <translation>À joindre : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to attach: the text points to them (actes attach ID FILE).</source>
        <translation>
            <numerusform>%n document à joindre : le texte y renvoie (actes attach ID FICHIER).</numerusform>
            <numerusform>%n documents à joindre : le texte y renvoie (actes attach ID FICHIER).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::Comment</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
</context>
<context>
    <name>Actes::CommentController</name>
    <message>
        <source>Comment resolved.</source>
        <translation>Commentaire résolu.</translation>
    </message>
    <message>
        <source>Comment reopened.</source>
        <translation>Commentaire rouvert.</translation>
    </message>
    <message>
        <source>Edit the Comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>Delete the Comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <source>Delete this comment and its replies?</source>
        <translation>Supprimer ce commentaire et ses réponses ?</translation>
    </message>
    <message>
        <source>Select the words to comment on first.</source>
        <translation>Sélectionnez d’abord les mots à commenter.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Your comment on “%1”:</source>
        <translation>Votre commentaire sur « %1 » :</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>Commentaire ajouté.</translation>
    </message>
    <message>
        <source>The text of this comment was deleted.</source>
        <translation>Le texte de ce commentaire a été supprimé.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Co&amp;mment on Selection…</source>
        <translation>Co&amp;mmenter la sélection…</translation>
    </message>
    <message>
        <source>Comment on the selected text of the summary or the body</source>
        <translation>Commenter le texte sélectionné du résumé ou du corps</translation>
    </message>
</context>
<context>
    <name>Actes::CommentRows</name>
    <message>
        <source>The comment number %1 no longer exists; the reply was not added.</source>
        <translation>Le commentaire numéro %1 n’existe plus ; la réponse n’a pas été ajoutée.</translation>
    </message>
    <message>
        <source>The comment number %1 is about another resource; the reply was not added.</source>
        <translation>Le commentaire numéro %1 porte sur une autre ressource ; la réponse n’a pas été ajoutée.</translation>
    </message>
    <message>
        <source>A comment needs the text it is about; nothing was added.</source>
        <translation>Un commentaire doit porter sur un texte ; rien n’a été ajouté.</translation>
    </message>
</context>
<context>
    <name>Actes::CommentsPanel</name>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>« %1 » (%2)</source>
        <comment>«quote» (field)</comment>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>author, time: text</comment>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Its text was deleted.</source>
        <translation>Son texte a été supprimé.</translation>
    </message>
    <message>
        <source>Resolved by %1.</source>
        <translation>Résolu par %1.</translation>
    </message>
    <message>
        <source>The text this comment was about was deleted.</source>
        <translation>Le texte sur lequel portait ce commentaire a été supprimé.</translation>
    </message>
    <message>
        <source>↳ %1, %2: %3</source>
        <comment>reply: author, time: text</comment>
        <translation>↳ %1, %2 : %3</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>No comment yet. Select text in the summary or the body and press Ctrl+Alt+M to comment on it.</source>
        <translation>Aucun commentaire pour l’instant. Sélectionnez du texte dans le résumé ou le corps et appuyez sur Ctrl+Alt+M pour le commenter.</translation>
    </message>
    <message>
        <source>No resource open.</source>
        <translation>Aucune ressource ouverte.</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Go to Text</source>
        <translation>Aller au texte</translation>
    </message>
    <message>
        <source>Select the commented text in the editor</source>
        <translation>Sélectionner le texte commenté dans l’éditeur</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Actes::CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Comparer des versions</translation>
    </message>
    <message>
        <source>Compare versions — %1</source>
        <translation>Comparer des versions — %1</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>Côte à &amp;côte</translation>
    </message>
    <message>
        <source>The older version on the left, the newer on the right.</source>
        <translation>La version la plus ancienne à gauche, la plus récente à droite.</translation>
    </message>
    <message>
        <source>&amp;Inline</source>
        <translation>En une seule co&amp;lonne</translation>
    </message>
    <message>
        <source>One column: removed words struck through in red, added words in green.</source>
        <translation>Une seule colonne : les mots supprimés sont barrés en rouge, les mots ajoutés sont en vert.</translation>
    </message>
    <message>
        <source>Show &amp;unchanged fields</source>
        <translation>Afficher les champs &amp;inchangés</translation>
    </message>
    <message>
        <source>Also list the fields that are the same in both versions, for context.</source>
        <translation>Lister aussi les champs identiques dans les deux versions, pour le contexte.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Champs modifiés : %1.</translation>
    </message>
</context>
<context>
    <name>Actes::ConfirmImportCommand</name>
    <message>
        <source>Confirm the import</source>
        <translation>Confirmer l’import</translation>
    </message>
</context>
<context>
    <name>Actes::ConflictDialog</name>
    <message>
        <source>Resource changed elsewhere</source>
        <translation>Ressource modifiée ailleurs</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere (another window or another computer, at %2) while you were editing it here. Nothing has been overwritten. Which version do you want to keep?</source>
        <translation>« %1 » a été modifiée ailleurs (dans une autre fenêtre ou sur un autre ordinateur ; dernière modification : %2) pendant que vous la modifiiez ici. Rien n’a été écrasé. Quelle version voulez-vous conserver ?</translation>
    </message>
    <message>
        <source>“%1” was deleted elsewhere while you were editing it here. Your text is kept; it can be saved as a new resource.</source>
        <translation>« %1 » a été supprimée ailleurs pendant que vous la modifiiez ici. Votre texte est conservé ; il peut être enregistré comme nouvelle ressource.</translation>
    </message>
    <message>
        <source>My version (this window)</source>
        <translation>Ma version (cette fenêtre)</translation>
    </message>
    <message>
        <source>Their version (stored)</source>
        <translation>L’autre version (enregistrée)</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder &amp;ma version</translation>
    </message>
    <message>
        <source>Replace the stored version with the text of this window.</source>
        <translation>Remplacer la version enregistrée par le texte de cette fenêtre.</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Garder l’&amp;autre version</translation>
    </message>
    <message>
        <source>Drop the changes made in this window and show the stored version.</source>
        <translation>Abandonner les modifications faites dans cette fenêtre et afficher la version enregistrée.</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Garder les &amp;deux</translation>
    </message>
    <message>
        <source>Keep the stored version and save the text of this window as a new resource.</source>
        <translation>Conserver la version enregistrée et enregistrer le texte de cette fenêtre comme nouvelle ressource.</translation>
    </message>
</context>
<context>
    <name>Actes::CreateResourceCommand</name>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer « %1 »</translation>
    </message>
    <message>
        <source>New resource “%1”</source>
        <translation>Nouvelle ressource « %1 »</translation>
    </message>
</context>
<context>
    <name>Actes::DraftRecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Actes was not closed normally last time. These changes had not been saved yet. Check the ones to restore; a restored change is saved at once, and a change made elsewhere in the meantime is shown to you before anything is overwritten.</source>
        <translation>Actes n’a pas été fermé normalement la dernière fois. Ces modifications n’avaient pas encore été enregistrées. Cochez celles à restaurer ; une modification restaurée est enregistrée aussitôt, et toute modification faite ailleurs entre-temps vous est présentée avant que quoi que ce soit ne soit écrasé.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>&amp;Restore Checked</source>
        <translation>&amp;Restaurer la sélection</translation>
    </message>
    <message>
        <source>&amp;Discard All…</source>
        <translation>&amp;Tout abandonner…</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>Keep the drafts and ask again at the next start.</source>
        <translation>Conserver les brouillons et redemander au prochain démarrage.</translation>
    </message>
    <message>
        <source>Discard Unsaved Changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Delete these unsaved changes for good? The saved resources stay as they are.</source>
        <translation>Supprimer définitivement ces modifications non enregistrées ? Les ressources enregistrées restent telles quelles.</translation>
    </message>
</context>
<context>
    <name>Actes::EditSession</name>
    <message>
        <source>The draft copy could not be written in %1: %2</source>
        <translation>Impossible d’écrire la copie de secours dans %1 : %2</translation>
    </message>
    <message>
        <source>“%1” had been deleted elsewhere: your text was saved as a new resource.</source>
        <translation>« %1 » avait été supprimée ailleurs : votre texte a été enregistré comme nouvelle ressource.</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (ma version)</translation>
    </message>
    <message>
        <source>“%1” went back to review: this change left a problem that blocks publication (see the checks).</source>
        <translation>« %1 » repasse à relire : cette modification laisse un problème qui bloque la publication (voir les vérifications).</translation>
    </message>
</context>
<context>
    <name>Actes::EditorActions</name>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraphe</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Titre &amp;2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Titre &amp;3</translation>
    </message>
    <message>
        <source>Heading &amp;4</source>
        <translation>Titre &amp;4</translation>
    </message>
    <message>
        <source>&amp;Quotation</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Souligné</translation>
    </message>
    <message>
        <source>U</source>
        <comment>underline button</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>&amp;Strikethrough</source>
        <translation>&amp;Barré</translation>
    </message>
    <message>
        <source>S</source>
        <comment>strikethrough button</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bulleted &amp;List</source>
        <translation>Liste à &amp;puces</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <source>&amp;Indent List Item</source>
        <translation>Augmenter le &amp;retrait</translation>
    </message>
    <message>
        <source>&amp;Outdent List Item</source>
        <translation>&amp;Diminuer le retrait</translation>
    </message>
    <message>
        <source>Insert &amp;Link…</source>
        <translation>Insérer un &amp;lien…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>Supprimer le li&amp;en</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Insert &amp;Image from File…</source>
        <translation>Insérer une image depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Insert Image from &amp;Clipboard</source>
        <translation>Insérer une image depuis le &amp;presse-papiers</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Coller l’image</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient pas d’image.</translation>
    </message>
    <message>
        <source>The image was stored in the library.</source>
        <translation>L’image a été enregistrée dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Insert &amp;Table…</source>
        <translation>Insérer un &amp;tableau…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Insert &amp;Row Below</source>
        <translation>Insérer une &amp;ligne en dessous</translation>
    </message>
    <message>
        <source>Insert &amp;Column After</source>
        <translation>Insérer une &amp;colonne après</translation>
    </message>
    <message>
        <source>Remove R&amp;ow</source>
        <translation>Supprimer la li&amp;gne</translation>
    </message>
    <message>
        <source>Remove Col&amp;umn</source>
        <translation>Supprimer la col&amp;onne</translation>
    </message>
    <message>
        <source>&amp;Clear Formatting</source>
        <translation>Effa&amp;cer la mise en forme</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Paste as &amp;Plain Text</source>
        <translation>Coller comme texte &amp;brut</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: action (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit &amp;Link…</source>
        <translation>Modifier le &amp;lien…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Paragraph &amp;Style</source>
        <translation>St&amp;yle de paragraphe</translation>
    </message>
    <message>
        <source>I&amp;mage</source>
        <translation>I&amp;mage</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Style de paragraphe</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>“%1” was stored in the library.</source>
        <translation>« %1 » a été enregistrée dans la bibliothèque.</translation>
    </message>
    <message>
        <source>A table cannot be placed inside a table or a list.</source>
        <translation>Un tableau ne peut pas être placé dans un tableau ou dans une liste.</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <source>&amp;Centre</source>
        <translation>&amp;Centrer</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <source>&amp;Justify</source>
        <translation>&amp;Justifier</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>&amp;Alignement</translation>
    </message>
</context>
<context>
    <name>Actes::ExportDialog</name>
    <message>
        <source>Export Proceedings</source>
        <translation>Exporter les actes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <source>Show the pages as the printer will print them</source>
        <translation>Afficher les pages telles que l’imprimante les imprimera</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the proceedings</source>
        <translation>Imprimer les actes</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>A&amp;nnuler l’export</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Choose a file name and write the proceedings as a PDF</source>
        <translation>Choisir un nom de fichier et écrire les actes au format PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The resources could not be read: %1</source>
        <translation>Impossible de lire les ressources : %1</translation>
    </message>
    <message>
        <source>Resources, in the order of the proceedings</source>
        <translation>Ressources, dans l’ordre des actes</translation>
    </message>
    <message>
        <source>Resources to export</source>
        <translation>Ressources à exporter</translation>
    </message>
    <message>
        <source>Drag a resource, or use Move Up and Move Down, to change its place in the proceedings.</source>
        <translation>Faites glisser une ressource, ou utilisez Monter et Descendre, pour changer sa place dans les actes.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move Down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>&amp;Sort by Event Date</source>
        <translation>Trier par &amp;date</translation>
    </message>
    <message>
        <source>Put the resources back in the order of their event dates</source>
        <translation>Remettre les ressources dans l’ordre des dates de leurs événements</translation>
    </message>
    <message>
        <source>Left out of the export</source>
        <translation>Écartées de l’export</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Proceedings title</source>
        <translation>Titre des actes</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <source>Printed on the cover and at the foot of every page</source>
        <translation>Imprimé sur la couverture et en pied de chaque page</translation>
    </message>
    <message>
        <source>Logo thumbnail</source>
        <translation>Miniature du logo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the image printed on the cover</source>
        <translation>Choisir l’image imprimée sur la couverture</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Choisir une image de logo</translation>
    </message>
    <message>
        <source>&amp;No Logo</source>
        <translation>&amp;Sans logo</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>So&amp;us-titre :</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (216 × 279 mm)</translation>
    </message>
    <message>
        <source>PDF/&amp;A-1b (archiving)</source>
        <translation>PDF/&amp;A-1b (archivage)</translation>
    </message>
    <message>
        <source>PDF/A-1b</source>
        <translation>PDF/A-1b</translation>
    </message>
    <message>
        <source>Write a PDF/A-1b file, the format for long-term archiving</source>
        <translation>Écrire un fichier PDF/A-1b, le format d’archivage à long terme</translation>
    </message>
    <message>
        <source>&amp;Internal edition (includes private resources)</source>
        <translation>Édition &amp;interne (inclut les ressources privées)</translation>
    </message>
    <message>
        <source>Internal edition (includes private resources)</source>
        <translation>Édition interne (inclut les ressources privées)</translation>
    </message>
    <message>
        <source>Internal edition notice</source>
        <translation>Mention de l’édition interne</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is printed on every page: this edition includes private resources.</source>
        <translation>La mention &lt;b&gt;%1&lt;/b&gt; est imprimée sur chaque page : cette édition inclut des ressources privées.</translation>
    </message>
    <message>
        <source>Suggested file name</source>
        <translation>Nom de fichier suggéré</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Private: left out of this edition.</source>
        <translation>Privée : écartée de cette édition.</translation>
    </message>
    <message>
        <source>Private: included because this is the internal edition.</source>
        <translation>Privée : incluse, car il s’agit de l’édition interne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out:&lt;/b&gt; nothing, every resource listed above is exported.</source>
        <translation>&lt;b&gt;Écartées :&lt;/b&gt; aucune, toutes les ressources ci-dessus sont exportées.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No logo on the cover</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a logo: %2</source>
        <translation>« %1 » ne peut pas servir de logo : %2</translation>
    </message>
    <message>
        <source>Export Proceedings as PDF</source>
        <translation>Exporter les actes en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>Export vers « %1 »…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>L’export a échoué.</translation>
    </message>
    <message>
        <source>The proceedings could not be exported.</source>
        <translation>Impossible d’exporter les actes.</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>The language of the proceedings' headings, labels and dates; stored in the library</source>
        <translation>La langue des titres, des intitulés et des dates des actes ; enregistrée dans la bibliothèque</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>The language of the document could not be stored in the library: %1</source>
        <translation>La langue du document n’a pas pu être enregistrée dans la bibliothèque : %1</translation>
    </message>
    <message numerus="yes">
        <source>This internal edition includes %n private resource(s).</source>
        <translation>
            <numerusform>Cette édition interne inclut %n ressource privée.</numerusform>
            <numerusform>Cette édition interne inclut %n ressources privées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Left out: %n resource(s).&lt;/b&gt; Private resources are never published; check “Internal edition” below to include them.</source>
        <translation>
            <numerusform>&lt;b&gt;Écartée : %n ressource.&lt;/b&gt; Les ressources privées ne sont jamais publiées ; cochez « Édition interne » ci-dessous pour les inclure.</numerusform>
            <numerusform>&lt;b&gt;Écartées : %n ressources.&lt;/b&gt; Les ressources privées ne sont jamais publiées ; cochez « Édition interne » ci-dessous pour les inclure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to “%1”.</source>
        <translation>
            <numerusform>%n page exportée vers « %1 ».</numerusform>
            <numerusform>%n pages exportées vers « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proceedings were exported: %n page(s).</source>
        <translation>
            <numerusform>Les actes ont été exportés : %n page.</numerusform>
            <numerusform>Les actes ont été exportés : %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy not confirmed: left out of this edition.</source>
        <translation>Confidentialité non confirmée : exclue de cette édition.</translation>
    </message>
    <message>
        <source>Bind the attached PDFs as anne&amp;xes</source>
        <translation>Relier les PDF joints en anne&amp;xes</translation>
    </message>
    <message>
        <source>Bind the attached PDFs as annexes</source>
        <translation>Relier les PDF joints en annexes</translation>
    </message>
    <message>
        <source>After each chapter, its attached PDF documents, with the running footer and the page numbers continued (members-only documents in the internal edition only)</source>
        <translation>Après chaque chapitre, ses documents PDF joints, avec le pied de page et la numérotation qui continuent (les documents réservés aux adhérents seulement dans l’édition interne)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Left out: %n members-only document(s).&lt;/b&gt; They are never published; check “Internal edition” below to include them.</source>
        <translation>
            <numerusform>&lt;b&gt;Écarté : %n document réservé aux adhérents.&lt;/b&gt; Il n’est jamais publié ; cochez « Édition interne » ci-dessous pour l’inclure.</numerusform>
            <numerusform>&lt;b&gt;Écartés : %n documents réservés aux adhérents.&lt;/b&gt; Ils ne sont jamais publiés ; cochez « Édition interne » ci-dessous pour les inclure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Texte de remplacement</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Mots &amp;entiers</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Find the previous occurrence (Shift+F3)</source>
        <translation>Rechercher l’occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Find the next occurrence (Enter, F3)</source>
        <translation>Rechercher l’occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace this occurrence and find the next one</source>
        <translation>Remplacer cette occurrence et rechercher la suivante</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Replace every occurrence (one undo step)</source>
        <translation>Remplacer toutes les occurrences (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::HistoryPanel</name>
    <message>
        <source>Restore a revision</source>
        <translation>Restaurer une révision</translation>
    </message>
    <message>
        <source>Restore revision %1 of %2?</source>
        <translation>Restaurer la révision %1 du %2 ?</translation>
    </message>
    <message>
        <source>The text and metadata of the resource are replaced by those of that revision; its status stays as it is. The current version is kept in the history, so you can come back to it.</source>
        <translation>Le texte et les métadonnées de la ressource sont remplacés par ceux de cette révision ; son statut reste inchangé. La version actuelle est conservée dans l’historique : vous pourrez y revenir.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Revision %1, %2</source>
        <translation>Révision %1, %2</translation>
    </message>
    <message>
        <source>Revision %1, %2 (%3)</source>
        <translation>Révision %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Revision %1 restored.</source>
        <translation>Révision %1 restaurée.</translation>
    </message>
    <message>
        <source>Revision %1 restored: %2.</source>
        <translation>Révision %1 restaurée : %2.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>cause of a revision</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>cause of a revision: changed fields</comment>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>date · author</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>Revision %1, %2, status %3. %4</source>
        <translation>Révision %1, %2, statut %3. %4</translation>
    </message>
    <message>
        <source>Revision %1, %2, by %3, status %4. %5</source>
        <translation>Révision %1, %2, par %3, statut %4. %5</translation>
    </message>
    <message>
        <source>Approved version.</source>
        <translation>Version validée.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>status change</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1, %2, by %3.</source>
        <translation>%1, %2, par %3.</translation>
    </message>
    <message>
        <source>%1, %2, by %3: %4</source>
        <translation>%1, %2, par %3 : %4</translation>
    </message>
    <message>
        <source>Open a resource to see its history.</source>
        <translation>Ouvrez une ressource pour voir son historique.</translation>
    </message>
    <message>
        <source>Select two revisions and compare them, or one to compare it with the current version or restore it.</source>
        <translation>Sélectionnez deux révisions pour les comparer, ou une seule pour la comparer avec la version actuelle ou la restaurer.</translation>
    </message>
    <message>
        <source>&amp;Compare with current</source>
        <translation>Com&amp;parer avec la version actuelle</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Com&amp;parer</translation>
    </message>
    <message>
        <source>Compare the selected revision with the current version.</source>
        <translation>Comparer la révision sélectionnée avec la version actuelle.</translation>
    </message>
    <message>
        <source>Select two revisions (Ctrl+click) to compare them, or one to compare it with the current version.</source>
        <translation>Sélectionnez deux révisions (Ctrl+clic) pour les comparer, ou une seule pour la comparer avec la version actuelle.</translation>
    </message>
    <message>
        <source>This revision is the current version.</source>
        <translation>Cette révision est la version actuelle.</translation>
    </message>
    <message>
        <source>Bring back the text and metadata of the selected revision (the current version stays in the history).</source>
        <translation>Reprendre le texte et les métadonnées de la révision sélectionnée (la version actuelle reste dans l’historique).</translation>
    </message>
    <message>
        <source>Compare the last approved version with the current version.</source>
        <translation>Comparer la dernière version validée avec la version actuelle.</translation>
    </message>
    <message>
        <source>This resource has never been approved: there is no approved version to compare with.</source>
        <translation>Cette ressource n’a jamais été validée : il n’existe pas de version validée à comparer.</translation>
    </message>
    <message>
        <source>That revision is no longer in the library.</source>
        <translation>Cette révision ne se trouve plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Version actuelle</translation>
    </message>
    <message>
        <source>The approved version is no longer in the library.</source>
        <translation>La version validée ne se trouve plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Approved, revision %1, %2</source>
        <translation>Version validée, révision %1, %2</translation>
    </message>
    <message>
        <source>Last approved version</source>
        <translation>Dernière version validée</translation>
    </message>
    <message>
        <source>&amp;Revisions</source>
        <translation>Ré&amp;visions</translation>
    </message>
    <message>
        <source>S&amp;tatus changes</source>
        <translation>Changements de s&amp;tatut</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Changements de statut</translation>
    </message>
    <message>
        <source>Changes since last &amp;approved</source>
        <translation>Modifications depuis la dernière val&amp;idation</translation>
    </message>
    <message>
        <source>Re&amp;store this revision…</source>
        <translation>Re&amp;staurer cette révision…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Changes since last approved</source>
        <translation>Modifications depuis la dernière validation</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Restaurer cette révision</translation>
    </message>
    <message>
        <source>%1
An approved version: kept forever.</source>
        <translation>%1
Une version validée : conservée définitivement.</translation>
    </message>
    <message>
        <source>Review requested from %1.</source>
        <translation>Relecture demandée à %1.</translation>
    </message>
</context>
<context>
    <name>Actes::ImportReport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créée : %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Mise à jour : %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Inchangée : %1</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <comment>created, updated, unchanged</comment>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <comment>resources</comment>
        <translation>
            <numerusform>%n créée</numerusform>
            <numerusform>%n créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>resources</comment>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>resources</comment>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (members only): “%2”</source>
        <comment>kind of document: sentence of the text</comment>
        <translation>%1 (réservé aux adhérents) : « %2 »</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <comment>kind of document: sentence of the text</comment>
        <translation>%1 : « %2 »</translation>
    </message>
</context>
<context>
    <name>Actes::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>Imported resources</source>
        <translation>Ressources importées</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>To attach</source>
        <translation>À joindre</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text points to %n document(s) to attach, listed under their resource.</source>
        <translation>
            <numerusform>Le texte renvoie à %n document à joindre, indiqué sous sa ressource.</numerusform>
            <numerusform>Le texte renvoie à %n documents à joindre, indiqués sous leur ressource.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::InsertTableDialog</name>
    <message>
        <source>Insert Table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes :</translation>
    </message>
</context>
<context>
    <name>Actes::Library</name>
    <message>
        <source>There is no resource %1 in %2.</source>
        <translation>Il n’y a pas de ressource %1 dans %2.</translation>
    </message>
    <message>
        <source>“%1” is already attached to resource %2 as “%3”. Nothing was attached.</source>
        <translation>« %1 » est déjà joint à la ressource %2 sous le titre « %3 ». Rien n’a été joint.</translation>
    </message>
    <message>
        <source>Resource %1 has no attachment %2.</source>
        <translation>La ressource %1 n’a pas de pièce jointe %2.</translation>
    </message>
</context>
<context>
    <name>Actes::LibraryArchive</name>
    <message>
        <source>The library %1 could not be read or written (%2).</source>
        <translation>Impossible de lire ou d’écrire la bibliothèque %1 (%2).</translation>
    </message>
    <message>
        <source>The library %1 holds a time that cannot be read (“%2” in %3.%4).</source>
        <translation>La bibliothèque %1 contient une date et heure illisible (« %2 » dans %3.%4).</translation>
    </message>
</context>
<context>
    <name>Actes::LibraryCopy</name>
    <message>
        <source>The library %1 is of a kind that cannot be copied.</source>
        <translation>La bibliothèque %1 est d’un type qui ne peut pas être copié.</translation>
    </message>
    <message>
        <source>The library %1 cannot be copied onto itself.</source>
        <translation>La bibliothèque %1 ne peut pas être copiée sur elle-même.</translation>
    </message>
    <message>
        <source>The library %1 is open read-only: nothing was copied into it.</source>
        <translation>La bibliothèque %1 est ouverte en lecture seule : rien n’y a été copié.</translation>
    </message>
    <message>
        <source>The library %1 is not empty: a library is only copied into a new or empty one. Nothing was changed.</source>
        <translation>La bibliothèque %1 n’est pas vide : une bibliothèque ne se copie que dans une bibliothèque nouvelle ou vide. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The copy of the library %1 into %2 differs from the original in the table %3; nothing was written.</source>
        <translation>La copie de la bibliothèque %1 dans %2 diffère de l’original dans la table %3 ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Actes::LibraryErrorDialog</name>
    <message>
        <source>Cannot Open Library</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>The library “%1” cannot be opened.</source>
        <translation>Impossible d’ouvrir la bibliothèque « %1 ».</translation>
    </message>
    <message>
        <source>The file has not been changed. You can open another library or create a new one.</source>
        <translation>Le fichier n’a pas été modifié. Vous pouvez ouvrir une autre bibliothèque ou en créer une nouvelle.</translation>
    </message>
    <message>
        <source>&amp;Open Another Library…</source>
        <translation>&amp;Ouvrir une autre bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Create New Library…</source>
        <translation>&amp;Créer une nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Actes libraries (*.actes);;All files (*)</source>
        <translation>Bibliothèques Actes (*.actes);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>New library.actes</source>
        <translation>Nouvelle bibliothèque.actes</translation>
    </message>
    <message>
        <source>Actes libraries (*.actes)</source>
        <translation>Bibliothèques Actes (*.actes)</translation>
    </message>
    <message>
        <source>Nothing was changed on the server. You can open another library or create a new one.</source>
        <translation>Rien n’a été modifié sur le serveur. Vous pouvez ouvrir une autre bibliothèque ou en créer une nouvelle.</translation>
    </message>
</context>
<context>
    <name>Actes::LibraryLocation</name>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Actes::LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Texte du lien</translation>
    </message>
    <message>
        <source>The words shown in the text.</source>
        <translation>Les mots affichés dans le texte.</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <source>https://www.example.org or name@example.org</source>
        <translation>https://www.exemple.fr ou nom@exemple.fr</translation>
    </message>
    <message>
        <source>A web address (https://…) or an e-mail address.</source>
        <translation>Une adresse web (https://…) ou une adresse électronique.</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Supprimer le lien</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Type a web address or an e-mail address.</source>
        <translation>Saisissez une adresse web ou une adresse électronique.</translation>
    </message>
    <message>
        <source>This is not a web address (https://…) or an e-mail address.</source>
        <translation>Ce n’est ni une adresse web (https://…) ni une adresse électronique.</translation>
    </message>
    <message>
        <source>The link will go to %1</source>
        <translation>Le lien mènera à %1</translation>
    </message>
</context>
<context>
    <name>Actes::LinkTableEditor</name>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Ajouter une ligne (Inser)</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Supprimer les lignes sélectionnées (Suppr)</translation>
    </message>
</context>
<context>
    <name>Actes::ListCommands</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>Actes::LocalFiles</name>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>« %1 » ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (a device, a pipe or a folder); it was not read.</source>
        <translation>« %1 » n’est pas un fichier ordinaire (un périphérique, un tube ou un dossier) ; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB); the limit is %3 MB.</source>
        <translation>« %1 » est trop volumineux (%2 Mo) ; la limite est de %3 Mo.</translation>
    </message>
    <message>
        <source>“%1” changed while it was read; it was not used.</source>
        <translation>« %1 » a changé pendant sa lecture ; il n’a pas été utilisé.</translation>
    </message>
</context>
<context>
    <name>Actes::MainWindow</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>Your changes could not be saved; they are kept in a draft copy. %1</source>
        <translation>Impossible d’enregistrer vos modifications ; elles sont conservées dans une copie de secours. %1</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it with File › Open Library.</source>
        <translation>« %1 » existe déjà. Choisissez un autre nom, ou ouvrez-la avec Fichier › Ouvrir une bibliothèque.</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Changes are saved automatically a moment after you stop typing.</source>
        <translation>Les modifications sont enregistrées automatiquement peu après la fin de la saisie.</translation>
    </message>
    <message>
        <source>Everything is saved in the library.</source>
        <translation>Tout est enregistré dans la bibliothèque.</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? You can undo this, or restore it from File › Trash.</source>
        <translation>Mettre « %1 » à la corbeille ? Vous pourrez annuler cette opération, ou la restaurer depuis Fichier › Corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n selected resources to the trash? You can undo this, or restore them from File › Trash.</source>
        <translation>
            <numerusform>Mettre la ressource sélectionnée à la corbeille ? Vous pourrez annuler cette opération, ou la restaurer depuis Fichier › Corbeille.</numerusform>
            <numerusform>Mettre les %n ressources sélectionnées à la corbeille ? Vous pourrez annuler cette opération, ou les restaurer depuis Fichier › Corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import Site Export</source>
        <translation>Importer un export du site</translation>
    </message>
    <message>
        <source>Site exports (*.txt);;All files (*)</source>
        <translation>Exports du site (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message>
        <source>“%1” was changed in another window; the new version is shown.</source>
        <translation>« %1 » a été modifiée dans une autre fenêtre ; la nouvelle version est affichée.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Your last changes could not be saved in the library. They are kept in a draft copy and will be offered again at the next start. Close anyway?</source>
        <translation>Impossible d’enregistrer vos dernières modifications dans la bibliothèque. Elles sont conservées dans une copie de secours et vous seront proposées de nouveau au prochain démarrage. Fermer quand même ?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Recent Libraries</source>
        <translation>Bibliothèques &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>Create an empty library file</source>
        <translation>Créer un fichier de bibliothèque vide</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>Open another library file</source>
        <translation>Ouvrir un autre fichier de bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Import Site Export…</source>
        <translation>&amp;Importer un export du site…</translation>
    </message>
    <message>
        <source>Import the text export of the website into this library</source>
        <translation>Importer l’export texte du site web dans cette bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>Restore deleted resources, or empty the trash</source>
        <translation>Restaurer des ressources supprimées, ou vider la corbeille</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Save and quit Actes</source>
        <translation>Enregistrer et quitter Actes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the last undone change</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Cut the selection</source>
        <translation>Couper la sélection</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>Copier la sélection</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;New Resource</source>
        <translation>&amp;Nouvelle ressource</translation>
    </message>
    <message>
        <source>Create a new resource and open it</source>
        <translation>Créer une nouvelle ressource et l’ouvrir</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Create a copy of the open resource</source>
        <translation>Créer une copie de la ressource ouverte</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move the selected resources to the trash</source>
        <translation>Mettre les ressources sélectionnées à la corbeille</translation>
    </message>
    <message>
        <source>Go to &amp;Search</source>
        <translation>Aller à la &amp;recherche</translation>
    </message>
    <message>
        <source>Put the cursor in the search field</source>
        <translation>Placer le curseur dans le champ de recherche</translation>
    </message>
    <message>
        <source>Go to the &amp;List</source>
        <translation>Aller à la li&amp;ste</translation>
    </message>
    <message>
        <source>Move the focus to the list of resources</source>
        <translation>Placer le focus sur la liste des ressources</translation>
    </message>
    <message>
        <source>Go to the &amp;Text</source>
        <translation>Aller au &amp;texte</translation>
    </message>
    <message>
        <source>Move the focus to the text of the resource</source>
        <translation>Placer le focus sur le texte de la ressource</translation>
    </message>
    <message>
        <source>Show the &amp;List of Resources</source>
        <translation>Afficher la &amp;liste des ressources</translation>
    </message>
    <message>
        <source>Show or hide the list of resources</source>
        <translation>Afficher ou masquer la liste des ressources</translation>
    </message>
    <message>
        <source>Show the &amp;Details Panel</source>
        <translation>Afficher le panneau des &amp;détails</translation>
    </message>
    <message>
        <source>Show or hide the details of the resource</source>
        <translation>Afficher ou masquer les détails de la ressource</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <source>&amp;About Actes</source>
        <translation>À &amp;propos d’Actes</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Version et crédits</translation>
    </message>
    <message>
        <source>Read-only library: editing is disabled</source>
        <translation>Bibliothèque en lecture seule : la modification est désactivée</translation>
    </message>
    <message>
        <source>This library file cannot be written (permissions, read-only medium or opened read-only). Open a copy you can write to in order to edit.</source>
        <translation>Impossible d’écrire dans ce fichier de bibliothèque (droits d’accès, support en lecture seule ou ouverture en lecture seule). Pour modifier, ouvrez une copie accessible en écriture.</translation>
    </message>
    <message>
        <source>No resource is open.
Choose one in the list, or create one.</source>
        <translation>Aucune ressource n’est ouverte.
Choisissez-en une dans la liste, ou créez-en une.</translation>
    </message>
    <message>
        <source>New Resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source>Actes</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>%1 — Actes</source>
        <translation>%1 — Actes</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Actes</source>
        <translation>%1[*] — %2 — Actes</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Show the revisions and status changes of the resource</source>
        <translation>Afficher les révisions et les changements de statut de la ressource</translation>
    </message>
    <message>
        <source>Language, author name, writing aids, proceedings layout and backups</source>
        <translation>Langue, nom de l’auteur, aides à la rédaction, mise en page des actes et sauvegardes</translation>
    </message>
    <message>
        <source>Check &amp;Spelling While Typing</source>
        <translation>&amp;Vérifier l’orthographe pendant la saisie</translation>
    </message>
    <message>
        <source>Underline the words the dictionary does not know</source>
        <translation>Souligner les mots inconnus du dictionnaire</translation>
    </message>
    <message>
        <source>Apply French T&amp;ypography</source>
        <translation>Appliquer la typographie &amp;française</translation>
    </message>
    <message>
        <source>Put no-break spaces before : ; ! ?, « » quotes, ’ apostrophes and … in the text being edited</source>
        <translation>Placer des espaces insécables avant : ; ! ?, des guillemets « », des apostrophes ’ et des points de suspension … dans le texte en cours de modification</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Go back to one of the daily copies of this library</source>
        <translation>Revenir à l’une des copies quotidiennes de cette bibliothèque</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>How to use Actes, step by step</source>
        <translation>Comment utiliser Actes, pas à pas</translation>
    </message>
    <message>
        <source>The daily backup of the library could not be made. %1</source>
        <translation>Impossible de faire la sauvegarde quotidienne de la bibliothèque. %1</translation>
    </message>
    <message>
        <source>The summary already follows the French typography rules.</source>
        <translation>Le résumé respecte déjà les règles typographiques françaises.</translation>
    </message>
    <message>
        <source>The body already follows the French typography rules.</source>
        <translation>Le corps respecte déjà les règles typographiques françaises.</translation>
    </message>
    <message numerus="yes">
        <source>French typography: %n correction(s) in the summary. Undo (Ctrl+Z) reverts them.</source>
        <translation>
            <numerusform>Typographie française : %n correction dans le résumé. Annuler (Ctrl+Z) la défait.</numerusform>
            <numerusform>Typographie française : %n corrections dans le résumé. Annuler (Ctrl+Z) les défait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>French typography: %n correction(s) in the body. Undo (Ctrl+Z) reverts them.</source>
        <translation>
            <numerusform>Typographie française : %n correction dans le corps. Annuler (Ctrl+Z) la défait.</numerusform>
            <numerusform>Typographie française : %n corrections dans le corps. Annuler (Ctrl+Z) les défait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply French typography rules to the imported text?</source>
        <translation>Appliquer les règles typographiques françaises au texte importé ?</translation>
    </message>
    <message>
        <source>No-break spaces before : ; ! ? and inside « », curly apostrophes and ellipses, in the titles, summaries and bodies. Links are left alone.</source>
        <translation>Espaces insécables avant : ; ! ? et à l’intérieur des « », apostrophes courbes et points de suspension, dans les titres, les résumés et les corps. Les liens ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Do not ask again (this can be changed in the preferences)</source>
        <translation>Ne plus demander (modifiable dans les préférences)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>words · characters</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is back in the library.</source>
        <translation>« %1 » est de retour dans la bibliothèque.</translation>
    </message>
    <message>
        <source>“%1” was moved to the trash in another window. What you type here is still saved with it; restore it to keep it in the library.</source>
        <translation>« %1 » a été mise à la corbeille dans une autre fenêtre. Ce que vous tapez ici est toujours enregistré avec elle ; restaurez-la pour la garder dans la bibliothèque.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>&amp;Restore It</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Leave It in the Trash</source>
        <translation>&amp;La laisser à la corbeille</translation>
    </message>
    <message>
        <source>The team library “%1” cannot be reached. What you type is kept on this computer, and saving resumes by itself as soon as the server answers again.</source>
        <translation>La bibliothèque d’équipe « %1 » est injoignable. Ce que vous tapez est gardé sur cet ordinateur, et l’enregistrement reprend tout seul dès que le serveur répond de nouveau.</translation>
    </message>
    <message>
        <source>“%1” cannot be written for now. What you type is kept on this computer, and saving resumes by itself as soon as the library can be written again.</source>
        <translation>« %1 » ne peut pas être écrite pour l’instant. Ce que vous tapez est gardé sur cet ordinateur, et l’enregistrement reprend tout seul dès que la bibliothèque peut de nouveau être écrite.</translation>
    </message>
    <message>
        <source>Waiting to save</source>
        <translation>En attente d’enregistrement</translation>
    </message>
    <message>
        <source>The library answers again: your changes are saved.</source>
        <translation>La bibliothèque répond de nouveau : vos modifications sont enregistrées.</translation>
    </message>
    <message>
        <source>Open Team &amp;Library…</source>
        <translation>Ouvrir une &amp;bibliothèque d’équipe…</translation>
    </message>
    <message>
        <source>Open the team’s library on the PostgreSQL server</source>
        <translation>Ouvrir la bibliothèque de l’équipe sur le serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Cop&amp;y Library To…</source>
        <translation>Copier &amp;la bibliothèque vers…</translation>
    </message>
    <message>
        <source>Copy this whole library into a new file or an empty team library</source>
        <translation>Copier toute cette bibliothèque dans un nouveau fichier ou une bibliothèque d’équipe vide</translation>
    </message>
    <message>
        <source>Team library: %1</source>
        <translation>Bibliothèque d’équipe : %1</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothèque : %1</translation>
    </message>
    <message>
        <source>Copy Library</source>
        <translation>Copier la bibliothèque</translation>
    </message>
    <message>
        <source>Copy the whole library “%1” — resources with their history, trash, people and structures, types, images — into:</source>
        <translation>Copier toute la bibliothèque « %1 » — ressources avec leur historique, corbeille, personnes et structures, types, images — dans :</translation>
    </message>
    <message>
        <source>The copy goes into a new file, or into an empty team library on a server. This library is not changed.</source>
        <translation>La copie va dans un nouveau fichier, ou dans une bibliothèque d’équipe vide sur un serveur. Cette bibliothèque n’est pas modifiée.</translation>
    </message>
    <message>
        <source>A New &amp;File…</source>
        <translation>Un nouveau &amp;fichier…</translation>
    </message>
    <message>
        <source>A &amp;Team Library…</source>
        <translation>Une bibliothèque d’é&amp;quipe…</translation>
    </message>
    <message>
        <source>Copy Library to a Team Library</source>
        <translation>Copier la bibliothèque vers une bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>The library was not copied to “%1”.</source>
        <translation>La bibliothèque n’a pas été copiée vers « %1 ».</translation>
    </message>
    <message>
        <source>This library has not been changed.</source>
        <translation>Cette bibliothèque n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Copying the library to “%1”…</source>
        <translation>Copie de la bibliothèque vers « %1 »…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The copy was cancelled: nothing was copied.</source>
        <translation>La copie a été annulée : rien n’a été copié.</translation>
    </message>
    <message>
        <source>The library was copied to “%1” and the copy checked.</source>
        <translation>La bibliothèque a été copiée vers « %1 » et la copie vérifiée.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) copied, with their history, the trash, people and structures, types, images and settings: the copy holds the same as this library.</source>
        <translation>
            <numerusform>%n ressource copiée, avec son historique, la corbeille, les personnes et structures, les types, les images et les réglages : la copie contient la même chose que cette bibliothèque.</numerusform>
            <numerusform>%n ressources copiées, avec leur historique, la corbeille, les personnes et structures, les types, les images et les réglages : la copie contient la même chose que cette bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (team library)</source>
        <translation>%1 (bibliothèque d’équipe)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Open a team library to see its members</source>
        <translation>Ouvrez une bibliothèque d’équipe pour voir ses membres</translation>
    </message>
    <message>
        <source>A personal library has no members: you hold every role</source>
        <translation>Une bibliothèque personnelle n’a pas de membres : vous avez tous les rôles</translation>
    </message>
    <message>
        <source>Add members, change their roles, disable them</source>
        <translation>Ajouter des membres, changer leur rôle, les désactiver</translation>
    </message>
    <message>
        <source>The team library “%1” cannot be reached since %2: the server %3 does not answer. What you type is kept on this computer and saved when it answers again; status changes, new and deleted resources, imports and exports wait until then.</source>
        <translation>La bibliothèque d’équipe « %1 » est injoignable depuis %2 : le serveur %3 ne répond pas. Ce que vous tapez est gardé sur cet ordinateur et enregistré dès qu’il répondra de nouveau ; les changements de statut, la création et la suppression de ressources, les imports et les exports attendent jusque-là.</translation>
    </message>
    <message>
        <source>Trying to reconnect…</source>
        <translation>Tentative de reconnexion…</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Prochaine tentative dans %n seconde.</numerusform>
            <numerusform>Prochaine tentative dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Dernière tentative : %1</translation>
    </message>
    <message>
        <source>Reconnect &amp;Now</source>
        <translation>Se &amp;reconnecter maintenant</translation>
    </message>
    <message>
        <source>Try to reach the server again now, without waiting for the next attempt</source>
        <translation>Essayer de joindre le serveur tout de suite, sans attendre la prochaine tentative</translation>
    </message>
    <message>
        <source>Needs the server, which cannot be reached now: this comes back as soon as it answers.</source>
        <translation>Nécessite le serveur, injoignable pour le moment : cette commande revient dès qu’il répond.</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Membres…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
</context>
<context>
    <name>Actes::Member</name>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>A personal library has no members: its single user holds every role. Members belong to a team library on a PostgreSQL server.</source>
        <translation>Une bibliothèque personnelle n’a pas de membres : son unique utilisateur a tous les rôles. Les membres appartiennent à une bibliothèque d’équipe sur un serveur PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>Actes::MembersDialog</name>
    <message>
        <source>Author — writes and submits for review</source>
        <translation>Auteur — rédige et soumet à la relecture</translation>
    </message>
    <message>
        <source>Reviewer — also approves, publishes, archives</source>
        <translation>Relecteur — valide aussi, met en ligne, archive</translation>
    </message>
    <message>
        <source>Administrator — also manages members, types and the trash</source>
        <translation>Administrateur — gère aussi les membres, les types et la corbeille</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Members of the library</source>
        <translation>Membres de la bibliothèque</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Each member connects with their own login. Authors write and submit for review; reviewers also approve and publish; administrators also manage the members. A disabled member can no longer connect; their name stays in the history.</source>
        <translation>Chaque membre se connecte avec son propre identifiant. Les auteurs rédigent et soumettent à la relecture ; les relecteurs valident aussi et mettent en ligne ; les administrateurs gèrent aussi les membres. Un membre désactivé ne peut plus se connecter ; son nom reste dans l’historique.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Create a login for a new member and give them a role.</source>
        <translation>Créer l’identifiant d’un nouveau membre et lui donner un rôle.</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Another administrator changes your own role.</source>
        <translation>Votre propre rôle se change par un autre administrateur.</translation>
    </message>
    <message>
        <source>Give the selected member another role.</source>
        <translation>Donner un autre rôle au membre sélectionné.</translation>
    </message>
    <message>
        <source>You cannot disable your own login.</source>
        <translation>Vous ne pouvez pas désactiver votre propre identifiant.</translation>
    </message>
    <message>
        <source>The selected member may no longer connect; their name stays in the history.</source>
        <translation>Le membre sélectionné ne pourra plus se connecter ; son nom reste dans l’historique.</translation>
    </message>
    <message>
        <source>Add a Member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>%1 connects with the login “%2” and this password, shown only now:

%3

Give it to them privately; they can change it later with their administrator.</source>
        <translation>%1 se connecte avec l’identifiant « %2 » et ce mot de passe, affiché seulement maintenant :

%3

Transmettez-le en privé ; il pourra être changé plus tard avec l’administrateur.</translation>
    </message>
    <message>
        <source>Change the Role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rôle de %1 :</translation>
    </message>
    <message>
        <source>Disable a Member</source>
        <translation>Désactiver un membre</translation>
    </message>
    <message>
        <source>Disable %1? They will no longer be able to connect to the library; what they wrote and their name in the history stay.</source>
        <translation>Désactiver %1 ? Ce membre ne pourra plus se connecter à la bibliothèque ; ce qu’il a écrit et son nom dans l’historique restent.</translation>
    </message>
</context>
<context>
    <name>Actes::MetadataPanel</name>
    <message>
        <source>New resource type</source>
        <translation>Nouveau type de ressource</translation>
    </message>
    <message>
        <source>“%1” is not a resource type of this library yet. Add it to the list of types?</source>
        <translation>« %1 » n’est pas encore un type de ressource de cette bibliothèque. L’ajouter à la liste des types ?</translation>
    </message>
    <message>
        <source>Choose or type a type</source>
        <translation>Choisir ou saisir un type</translation>
    </message>
    <message>
        <source>&amp;Private resource</source>
        <translation>Ressource &amp;privée</translation>
    </message>
    <message>
        <source>Date &amp;known</source>
        <translation>Date co&amp;nnue</translation>
    </message>
    <message>
        <source>Town, venue…</source>
        <translation>Commune, salle…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Event date:</source>
        <translation>Date de l’événement :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>F&amp;in :</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>Fré&amp;quentation :</translation>
    </message>
    <message>
        <source>Add a participant (Insert)</source>
        <translation>Ajouter un participant (Inser)</translation>
    </message>
    <message>
        <source>Remove the selected participants (Delete)</source>
        <translation>Supprimer les participants sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Add a partner (Insert)</source>
        <translation>Ajouter un partenaire (Inser)</translation>
    </message>
    <message>
        <source>Remove the selected partners (Delete)</source>
        <translation>Supprimer les partenaires sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Address &amp;Book…</source>
        <translation>&amp;Carnet d’adresses…</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants</source>
        <translation>Inter&amp;venants et participants</translation>
    </message>
    <message>
        <source>Partn&amp;ers</source>
        <translation>Partenaire&amp;s</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>The kind of resource (meeting report, workshop, visit…). Type a new name to add a type to the library.</source>
        <translation>La nature de la ressource (compte rendu de réunion, atelier, visite…). Saisissez un nouveau nom pour ajouter un type à la bibliothèque.</translation>
    </message>
    <message>
        <source>Private resource</source>
        <translation>Ressource privée</translation>
    </message>
    <message>
        <source>A private resource is kept out of public exports. Ticking or unticking this box confirms the choice.</source>
        <translation>Une ressource privée est exclue des exports publics. Cocher ou décocher cette case confirme le choix.</translation>
    </message>
    <message>
        <source>Event date known</source>
        <translation>Date de l’événement connue</translation>
    </message>
    <message>
        <source>Untick when the date of the event is unknown.</source>
        <translation>Décochez si la date de l’événement est inconnue.</translation>
    </message>
    <message>
        <source>Event start date</source>
        <translation>Date de début de l’événement</translation>
    </message>
    <message>
        <source>First day of the event. The end date follows it for a one-day event.</source>
        <translation>Premier jour de l’événement. Pour un événement d’une journée, la date de fin suit la date de début.</translation>
    </message>
    <message>
        <source>Event end date</source>
        <translation>Date de fin de l’événement</translation>
    </message>
    <message>
        <source>Last day of the event; never before the start date.</source>
        <translation>Dernier jour de l’événement ; jamais avant la date de début.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Where the event took place.</source>
        <translation>Le lieu où s’est déroulé l’événement.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fréquentation</translation>
    </message>
    <message>
        <source>How many people attended; 0 means unknown.</source>
        <translation>Le nombre de personnes présentes ; 0 signifie inconnu.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Intervenants et participants</translation>
    </message>
    <message>
        <source>People who spoke or took part, with their function, organisation and role at this event. Names are completed from the address book.</source>
        <translation>Les personnes qui sont intervenues ou ont participé, avec leur fonction, leur structure et leur rôle lors de cet événement. Les noms sont complétés à partir du carnet d’adresses.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Organisations associated with the event and their role.</source>
        <translation>Les structures associées à l’événement et leur rôle.</translation>
    </message>
    <message>
        <source>Address Book</source>
        <translation>Carnet d’adresses</translation>
    </message>
    <message>
        <source>Edit the people and organisations of the library, merge duplicates.</source>
        <translation>Modifier les personnes et les structures de la bibliothèque, fusionner les doublons.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>person name — function, organisation</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The type “%1” was added to the library.</source>
        <translation>Le type « %1 » a été ajouté à la bibliothèque.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>unknown date</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>The workflow does not allow this change.</source>
        <translation>Le circuit de relecture n’autorise pas ce changement.</translation>
    </message>
    <message numerus="yes">
        <source> people</source>
        <comment>attendance, after the number</comment>
        <translation>
            <numerusform> personne</numerusform>
            <numerusform> personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hecked</source>
        <translation>&amp;Vérifié</translation>
    </message>
    <message>
        <source>Marked as checked: the import’s doubt no longer blocks publication.</source>
        <translation>Marquée comme vérifiée : le doute de l’import ne bloque plus la publication.</translation>
    </message>
    <message>
        <source>Confirm the import</source>
        <translation>Confirmer l’import</translation>
    </message>
    <message>
        <source>You have checked what the import was unsure of (where the resource starts and ends, its title, its date): confirm it so that it no longer blocks publication.</source>
        <translation>Vous avez vérifié ce dont l’import n’était pas sûr (où la ressource commence et finit, son titre, sa date) : confirmez-le pour qu’il ne bloque plus la publication.</translation>
    </message>
    <message>
        <source>The import was unsure of this resource: check where it starts and ends, its title and its date.</source>
        <translation>L’import n’était pas sûr de cette ressource : vérifiez où elle commence et finit, son titre et sa date.</translation>
    </message>
    <message>
        <source>To check after the import: %1</source>
        <translation>À vérifier après l’import : %1</translation>
    </message>
    <message>
        <source>Dismiss a Warning</source>
        <translation>Ignorer un avertissement</translation>
    </message>
    <message>
        <source>Warning dismissed for this resource. Undo brings it back.</source>
        <translation>Avertissement ignoré pour cette ressource. Annuler le fait revenir.</translation>
    </message>
</context>
<context>
    <name>Actes::MoveToTrashCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n resources</source>
        <translation>
            <numerusform>Supprimer %n ressource</numerusform>
            <numerusform>Supprimer %n ressources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::ParticipantsModel</name>
    <message>
        <source>%1 — %2, %3 — %4</source>
        <comment>name — function, organisation — role</comment>
        <translation>%1 — %2, %3 — %4</translation>
    </message>
    <message>
        <source>%1
(in the address book)</source>
        <translation>%1
(dans le carnet d’adresses)</translation>
    </message>
    <message>
        <source>%1
(added to the address book when the resource is saved)</source>
        <translation>%1
(ajouté au carnet d’adresses à l’enregistrement de la ressource)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Modifier un participant</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Supprimer un participant</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Supprimer des participants</translation>
    </message>
    <message>
        <source>Move participant</source>
        <translation>Déplacer un participant</translation>
    </message>
</context>
<context>
    <name>Actes::PartnersModel</name>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Modifier un partenaire</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Supprimer un partenaire</translation>
    </message>
    <message>
        <source>Remove partners</source>
        <translation>Supprimer des partenaires</translation>
    </message>
    <message>
        <source>Move partner</source>
        <translation>Déplacer un partenaire</translation>
    </message>
</context>
<context>
    <name>Actes::PasswordDialog</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Password for the Team Library</source>
        <translation>Mot de passe de la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>The server refused the password of %1. Type it again.</source>
        <translation>Le serveur a refusé le mot de passe de %1. Tapez-le de nouveau.</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>Le serveur demande le mot de passe de %1.</translation>
    </message>
    <message>
        <source>&amp;Remember it in %1</source>
        <translation>&amp;Mémoriser dans %1</translation>
    </message>
    <message>
        <source>The PostgreSQL password file, readable by you only, where psql and pg_dump find it too. Actes never keeps passwords in its own settings.</source>
        <translation>Le fichier de mots de passe de PostgreSQL, lisible par vous seul, où psql et pg_dump le trouvent aussi. Actes ne garde jamais de mot de passe dans ses propres réglages.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>The password is remembered in %1.</source>
        <translation>Le mot de passe est mémorisé dans %1.</translation>
    </message>
</context>
<context>
    <name>Actes::PasswordFile</name>
    <message>
        <source>The password could not be remembered in %1: %2</source>
        <translation>Le mot de passe n’a pas pu être mémorisé dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Actes::PdfPostProcessor</name>
    <message>
        <source>The PDF could not be finalised: %1</source>
        <translation>Impossible de finaliser le PDF : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>il est chiffré</translation>
    </message>
    <message>
        <source>it has no page</source>
        <translation>il n’a aucune page</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>il est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>it is not a readable PDF (%1)</source>
        <translation>ce n’est pas un PDF lisible (%1)</translation>
    </message>
</context>
<context>
    <name>Actes::Permissions</name>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>relecteur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>you are an author</source>
        <translation>vous êtes auteur</translation>
    </message>
    <message>
        <source>you are a reviewer</source>
        <translation>vous êtes relecteur</translation>
    </message>
    <message>
        <source>you are an administrator</source>
        <translation>vous êtes administrateur</translation>
    </message>
    <message>
        <source>%1 needs the %2 role; %3.</source>
        <extracomment>%1 is an action ("Approving"), %2 a role ("reviewer"), %3 "you are an author"</extracomment>
        <translation>%1 demande le rôle de %2 ; %3.</translation>
    </message>
    <message>
        <source>Approving</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Mettre en ligne</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Sending back to draft</source>
        <translation>Renvoyer en brouillon</translation>
    </message>
    <message>
        <source>Sending back to review</source>
        <translation>Renvoyer en relecture</translation>
    </message>
    <message>
        <source>Changing the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Changing the resource types</source>
        <translation>Modifier les types de ressource</translation>
    </message>
    <message>
        <source>Changing the library values</source>
        <translation>Modifier les valeurs de la bibliothèque</translation>
    </message>
    <message>
        <source>Managing the members</source>
        <translation>Gérer les membres</translation>
    </message>
</context>
<context>
    <name>Actes::PostgresRepository</name>
    <message>
        <source>A person needs a name; it was not saved.</source>
        <translation>Une personne doit avoir un nom ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The person %1 no longer exists in the library %2.</source>
        <translation>La personne %1 n’existe plus dans la bibliothèque %2.</translation>
    </message>
    <message>
        <source>An organisation needs a name; it was not saved.</source>
        <translation>Une structure doit avoir un nom ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>An organisation named %1 already exists in the library. Merge the two organisations instead of giving them the same name.</source>
        <translation>Une structure nommée %1 existe déjà dans la bibliothèque. Fusionnez les deux structures au lieu de leur donner le même nom.</translation>
    </message>
    <message>
        <source>The organisation %1 no longer exists in the library %2.</source>
        <translation>La structure %1 n’existe plus dans la bibliothèque %2.</translation>
    </message>
    <message>
        <source>The person to keep (number %1) no longer exists in the library %2.</source>
        <translation>La personne à conserver (numéro %1) n’existe plus dans la bibliothèque %2.</translation>
    </message>
    <message>
        <source>The organisation to keep (number %1) no longer exists in the library %2.</source>
        <translation>La structure à conserver (numéro %1) n’existe plus dans la bibliothèque %2.</translation>
    </message>
    <message>
        <source>An empty image cannot be stored in the library.</source>
        <translation>Impossible d’enregistrer une image vide dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The address %1 is not a PostgreSQL address (%2). Write it as postgresql://user@server:5432/database.</source>
        <translation>L’adresse %1 n’est pas une adresse PostgreSQL (%2). Écrivez-la sous la forme postgresql://utilisateur@serveur:5432/base.</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>elle doit commencer par postgresql://</translation>
    </message>
    <message>
        <source>The address of the library contains a password. Remove it from the address and put it in the file ~/.pgpass (or the PGPASSWORD variable): addresses are saved in the settings, passwords must not be.</source>
        <translation>L’adresse de la bibliothèque contient un mot de passe. Retirez-le de l’adresse et placez-le dans le fichier ~/.pgpass (ou la variable PGPASSWORD) : les adresses sont enregistrées dans les réglages, les mots de passe ne doivent pas l’être.</translation>
    </message>
    <message>
        <source>an IPv6 address is not closed by ]</source>
        <translation>une adresse IPv6 n’est pas fermée par ]</translation>
    </message>
    <message>
        <source>the port “%1” is not a number between 1 and 65535</source>
        <translation>le port « %1 » n’est pas un nombre entre 1 et 65535</translation>
    </message>
    <message>
        <source>several servers in one address are not supported</source>
        <translation>plusieurs serveurs dans une même adresse ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>the parameter “%1” cannot be used</source>
        <translation>le paramètre « %1 » ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened: the PostgreSQL driver of Qt (QPSQL) is not installed.</source>
        <translation>Impossible d’ouvrir la bibliothèque %1 : le pilote PostgreSQL de Qt (QPSQL) n’est pas installé.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection to the library %2: the password of the user is missing or wrong (%3). Give it in the file ~/.pgpass or the PGPASSWORD variable.</source>
        <translation>Le serveur %1 a refusé la connexion à la bibliothèque %2 : le mot de passe de l’utilisateur est absent ou erroné (%3). Indiquez-le dans le fichier ~/.pgpass ou la variable PGPASSWORD.</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened: the server %2 has no such database or user (%3).</source>
        <translation>Impossible d’ouvrir la bibliothèque %1 : le serveur %2 ne connaît pas cette base ou cet utilisateur (%3).</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened: the server %2 cannot be reached or refused the connection (%3).</source>
        <translation>Impossible d’ouvrir la bibliothèque %1 : le serveur %2 est injoignable ou a refusé la connexion (%3).</translation>
    </message>
    <message>
        <source>The library %1 is in use: another user's change kept it locked for more than %2 seconds. Nothing was changed; try again in a moment.</source>
        <translation>La bibliothèque %1 est occupée : la modification d’un autre utilisateur l’a verrouillée plus de %2 secondes. Rien n’a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server %1 has no room left for the library %2 (%3). The last change was not saved and the library is as it was before.</source>
        <translation>Le serveur %1 n’a plus de place pour la bibliothèque %2 (%3). La dernière modification n’a pas été enregistrée et la bibliothèque est restée telle qu’avant.</translation>
    </message>
    <message>
        <source>The server %1 does not allow this user to do that in the library %2 (%3). Nothing was changed; ask the administrator of the database for the privilege.</source>
        <translation>Le serveur %1 n’autorise pas cet utilisateur à faire cela dans la bibliothèque %2 (%3). Rien n’a été modifié ; demandez ce droit à l’administrateur de la base.</translation>
    </message>
    <message>
        <source>The library %1 on the server %2 is damaged (%3). Restore it from a backup copy.</source>
        <translation>La bibliothèque %1 sur le serveur %2 est endommagée (%3). Restaurez-la à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost (%2). The last change was not saved; open the library %3 again.</source>
        <translation>La connexion au serveur %1 a été perdue (%2). La dernière modification n’a pas été enregistrée ; rouvrez la bibliothèque %3.</translation>
    </message>
    <message>
        <source>The library %1 on the server %2 could not be read or written: %3.</source>
        <translation>Impossible de lire ou d’écrire la bibliothèque %1 sur le serveur %2 : %3.</translation>
    </message>
    <message>
        <source>The library %1 is open read-only, so the change was not saved.</source>
        <translation>La bibliothèque %1 est ouverte en lecture seule : la modification n’a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>A library setting needs a name.</source>
        <translation>Un réglage de bibliothèque doit avoir un nom.</translation>
    </message>
    <message>
        <source>The resource number %1 no longer exists in the library %2; nothing was changed.</source>
        <translation>La ressource numéro %1 n’existe plus dans la bibliothèque %2 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The resource %1 no longer exists in the library %2; it was not saved.</source>
        <translation>La ressource %1 n’existe plus dans la bibliothèque %2 ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The resource %1 was changed elsewhere since it was opened (version %2 is stored, this copy is version %3). Nothing was saved; reload the resource to see the other changes.</source>
        <translation>La ressource %1 a été modifiée ailleurs depuis son ouverture (la version enregistrée est la %2, cette copie est la version %3). Rien n’a été enregistré ; rechargez la ressource pour voir les autres modifications.</translation>
    </message>
    <message>
        <source>A resource type needs a name.</source>
        <translation>Un type de ressource doit avoir un nom.</translation>
    </message>
    <message>
        <source>The revision number %1 in the library %2 is damaged and cannot be read.</source>
        <translation>La révision numéro %1 de la bibliothèque %2 est endommagée et ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The revision number %1 no longer exists in the library %2; nothing was restored.</source>
        <translation>La révision numéro %1 n’existe plus dans la bibliothèque %2 ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The database “%1” on the server %2 is empty and cannot be set up as a library when it is opened read-only.</source>
        <translation>La base « %1 » du serveur %2 est vide et ne peut pas être préparée comme bibliothèque lorsqu’elle est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>The database “%1” on the server %2 is not an Actes library: it holds the tables of another application. Nothing was changed; choose an empty database or an Actes library.</source>
        <translation>La base « %1 » du serveur %2 n’est pas une bibliothèque Actes : elle contient les tables d’une autre application. Rien n’a été modifié ; choisissez une base vide ou une bibliothèque Actes.</translation>
    </message>
    <message>
        <source>The library “%1” on the server %2 was made by a newer version of Actes (schema %3, this version reads up to %4). Install the newer version to open it; the database was left unchanged.</source>
        <translation>La bibliothèque « %1 » du serveur %2 a été créée par une version plus récente d’Actes (schéma %3, cette version lit jusqu’au schéma %4). Installez la version plus récente pour l’ouvrir ; la base n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The library “%1” on the server %2 is damaged: its schema version is missing. Restore it from a backup copy.</source>
        <translation>La bibliothèque « %1 » du serveur %2 est endommagée : la version de son schéma est manquante. Restaurez-la à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The database “%1” on the server %2 uses the encoding %3, which cannot hold every character of French text. Nothing was changed; use a database created with ENCODING 'UTF8'.</source>
        <translation>La base « %1 » du serveur %2 utilise l’encodage %3, qui ne peut pas contenir tous les caractères d’un texte français. Rien n’a été modifié ; utilisez une base créée avec ENCODING 'UTF8'.</translation>
    </message>
    <message>
        <source>localhost (port %1)</source>
        <translation>localhost (port %1)</translation>
    </message>
    <message>
        <source>localhost (socket in %1, port %2)</source>
        <translation>localhost (socket dans %1, port %2)</translation>
    </message>
    <message>
        <source>A comment needs a text; nothing was added.</source>
        <translation>Un commentaire doit avoir un texte ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>The resource number %1 does not exist in the library %2; the comment was not added.</source>
        <translation>La ressource numéro %1 n’existe pas dans la bibliothèque %2 ; le commentaire n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>The comment number %1 no longer exists.</source>
        <translation>Le commentaire numéro %1 n’existe plus.</translation>
    </message>
    <message>
        <source>A comment needs a text; delete it instead.</source>
        <translation>Un commentaire doit avoir un texte ; supprimez-le plutôt.</translation>
    </message>
    <message>
        <source>Only %1, who wrote the comment, may change its text.</source>
        <translation>Seul %1, qui a écrit ce commentaire, peut en modifier le texte.</translation>
    </message>
    <message>
        <source>Only %1, who wrote the comment, may delete it.</source>
        <translation>Seul %1, qui a écrit ce commentaire, peut le supprimer.</translation>
    </message>
    <message>
        <source>%1 replied to this comment, so it cannot be deleted; resolve it instead.</source>
        <translation>%1 a répondu à ce commentaire, qui ne peut donc pas être supprimé ; résolvez-le plutôt.</translation>
    </message>
    <message>
        <source>The server %1 refused this in the library %2: %3 Nothing was changed.</source>
        <translation>Le serveur %1 a refusé cette opération dans la bibliothèque %2 : %3 Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The resource “%1” is not in review: a reviewer is named only when it is submitted for review. Nothing was changed.</source>
        <translation>La ressource « %1 » n’est pas à relire : un relecteur n’est désigné que lorsqu’elle est soumise à relecture. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The library “%1” on the server %2 was made by an earlier version of Actes (schema %3) and must be upgraded before it is read; it cannot be upgraded when it is opened read-only.</source>
        <translation>La bibliothèque « %1 » du serveur %2 a été créée par une version plus ancienne d’Actes (schéma %3) et doit être mise à jour avant d’être lue ; elle ne peut pas l’être lorsqu’elle est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>The library “%1” on the server %2 was made by an earlier version of Actes (schema %3) and must be upgraded to schema %4 before it is used. Only its owner (the login %5) may upgrade it: ask them to open it once with this version. Nothing was changed.</source>
        <translation>La bibliothèque « %1 » du serveur %2 a été créée par une version plus ancienne d’Actes (schéma %3) et doit être mise à jour au schéma %4 avant d’être utilisée. Seul son propriétaire (l’identifiant %5) peut la mettre à jour : demandez-lui de l’ouvrir une fois avec cette version. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file is too large to be kept in the library %1 (%2 bytes; at most 1 GB). Nothing was stored.</source>
        <translation>Le fichier est trop volumineux pour être conservé dans la bibliothèque %1 (%2 octets ; 1 Go au plus). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The library %1 holds no attached file with the SHA-256 %2.</source>
        <translation>La bibliothèque %1 ne contient aucun fichier joint dont le SHA-256 est %2.</translation>
    </message>
    <message>
        <source>The content of the attached document %1 of the resource %2 is not stored in the library %3; the resource was not saved.</source>
        <translation>Le contenu du document joint %1 de la ressource %2 n’est pas conservé dans la bibliothèque %3 ; la ressource n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>Actes::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Identique au système</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Nom de l’auteur :</translation>
    </message>
    <message>
        <source>&amp;Summary length limit:</source>
        <translation>Longueur maximale du &amp;résumé :</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Writing</source>
        <translation>Ré&amp;daction</translation>
    </message>
    <message>
        <source>&amp;Proceedings</source>
        <translation>&amp;Actes</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>The language of the menus and messages.</source>
        <translation>La langue des menus et des messages.</translation>
    </message>
    <message>
        <source>The new language will be used the next time Actes starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage d’Actes.</translation>
    </message>
    <message>
        <source>First name and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Your name, as recorded in the history of the resources you change.</source>
        <translation>Votre nom, tel qu’il est enregistré dans l’historique des ressources que vous modifiez.</translation>
    </message>
    <message>
        <source>The summary counter turns red past this length, and a longer summary cannot be approved.</source>
        <translation>Le compteur du résumé passe au rouge au-delà de cette longueur, et un résumé plus long ne peut pas être validé.</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>&amp;Check spelling while typing</source>
        <translation>Vérifier l’&amp;orthographe pendant la saisie</translation>
    </message>
    <message>
        <source>Underline the words the dictionary does not know. Right-click one for suggestions.</source>
        <translation>Souligner les mots inconnus du dictionnaire. Cliquez sur l’un d’eux avec le bouton droit pour obtenir des suggestions.</translation>
    </message>
    <message>
        <source>%1 (dictionary not installed)</source>
        <translation>%1 (dictionnaire non installé)</translation>
    </message>
    <message>
        <source>Language of &amp;this library:</source>
        <translation>Langue de ce&amp;tte bibliothèque :</translation>
    </message>
    <message>
        <source>French typography</source>
        <translation>Typographie française</translation>
    </message>
    <message>
        <source>Apply the French typography rules while &amp;typing</source>
        <translation>Appliquer les règles typographiques françaises pendant la &amp;saisie</translation>
    </message>
    <message>
        <source>No-break spaces before : ; ! ? and inside « », « » quotes, curly apostrophes and ellipses as you type. Ctrl+Z undoes a correction.</source>
        <translation>Espaces insécables avant : ; ! ? et à l’intérieur des « », guillemets « », apostrophes courbes et points de suspension pendant la saisie. Ctrl+Z annule une correction.</translation>
    </message>
    <message>
        <source>Standard: narrow before ; ! ?, normal before : and inside « »</source>
        <translation>Standard : fines avant ; ! ?, normales avant : et à l’intérieur des « »</translation>
    </message>
    <message>
        <source>Narrow everywhere</source>
        <translation>Fines partout</translation>
    </message>
    <message>
        <source>Normal everywhere (like Word)</source>
        <translation>Normales partout (comme Word)</translation>
    </message>
    <message>
        <source>Which no-break space goes before punctuation: the narrow one (U+202F) or the normal one (U+00A0).</source>
        <translation>Quelle espace insécable placer avant la ponctuation : l’espace fine (U+202F) ou l’espace normale (U+00A0).</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Demander à chaque fois</translation>
    </message>
    <message>
        <source>Always apply the rules</source>
        <translation>Toujours appliquer les règles</translation>
    </message>
    <message>
        <source>Never apply the rules</source>
        <translation>Ne jamais appliquer les règles</translation>
    </message>
    <message>
        <source>&amp;No-break spaces:</source>
        <translation>&amp;Espaces insécables :</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple :</translation>
    </message>
    <message>
        <source>On &amp;import:</source>
        <translation>À l’&amp;importation :</translation>
    </message>
    <message>
        <source>Printed on the cover and in the page headers of the proceedings.</source>
        <translation>Imprimé sur la couverture et dans les en-têtes de page des actes.</translation>
    </message>
    <message>
        <source>No logo on the cover</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (216 × 279 mm)</source>
        <translation>Lettre US (216 × 279 mm)</translation>
    </message>
    <message>
        <source>Top:</source>
        <translation>Haut :</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Gauche :</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Droite :</translation>
    </message>
    <message>
        <source>Bottom:</source>
        <translation>Bas :</translation>
    </message>
    <message>
        <source>These are the choices the export dialog starts with; it remembers the last ones used.</source>
        <translation>Ce sont les choix proposés à l’ouverture de la fenêtre d’export ; elle retient ensuite les derniers utilisés.</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>Nom du &amp;réseau :</translation>
    </message>
    <message>
        <source>L&amp;ogo:</source>
        <translation>L&amp;ogo :</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Format de page :</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Marges :</translation>
    </message>
    <message>
        <source>Once a day, when it opens a library, Actes copies it into a folder beside it and deletes the oldest copies beyond this number. File › Restore from Backup goes back to one.</source>
        <translation>Une fois par jour, à l’ouverture d’une bibliothèque, Actes la copie dans un dossier situé à côté et supprime les copies les plus anciennes au-delà de ce nombre. Fichier › Restaurer une sauvegarde permet de revenir à l’une d’elles.</translation>
    </message>
    <message>
        <source>The copies of this library are in %1.</source>
        <translation>Les copies de cette bibliothèque se trouvent dans %1.</translation>
    </message>
    <message>
        <source>Open a library to choose its language. New libraries are in French.</source>
        <translation>Ouvrez une bibliothèque pour choisir sa langue. Les nouvelles bibliothèques sont en français.</translation>
    </message>
    <message>
        <source>This library is read-only: its language cannot be changed.</source>
        <translation>Cette bibliothèque est en lecture seule : sa langue ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Stored in the library: everyone who opens it checks the same language.</source>
        <translation>Enregistrée dans la bibliothèque : toute personne qui l’ouvre vérifie la même langue.</translation>
    </message>
    <message>
        <source>The highlighted spaces are no-break spaces.</source>
        <translation>Les espaces mises en évidence sont des espaces insécables.</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a logo: %2</source>
        <translation>« %1 » ne peut pas servir de logo : %2</translation>
    </message>
    <message>
        <source>The spelling language of the library could not be saved. %1</source>
        <translation>Impossible d’enregistrer la langue de vérification orthographique de la bibliothèque. %1</translation>
    </message>
    <message>
        <source>None (no automatic backup)</source>
        <translation>Aucune (pas de sauvegarde automatique)</translation>
    </message>
    <message>
        <source>&amp;Daily backups to keep:</source>
        <translation>&amp;Sauvegardes quotidiennes à conserver :</translation>
    </message>
    <message>
        <source>Open a library to choose the language of its documents.</source>
        <translation>Ouvrez une bibliothèque pour choisir la langue de ses documents.</translation>
    </message>
    <message>
        <source>This library is read-only: the language of its documents cannot be changed.</source>
        <translation>Cette bibliothèque est en lecture seule : la langue de ses documents ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>The proceedings and the website export of this library are written in this language, whatever the language of the menus. Stored in the library.</source>
        <translation>Les actes et l’export pour le site web de cette bibliothèque sont rédigés dans cette langue, quelle que soit la langue des menus. Enregistrée dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Language of the &amp;documents:</source>
        <translation>Langue des &amp;documents :</translation>
    </message>
    <message>
        <source>The language of the library's documents could not be saved. %1</source>
        <translation>La langue des documents de la bibliothèque n’a pas pu être enregistrée. %1</translation>
    </message>
    <message>
        <source>Recorded with each revision and status change. Without a name, the name of your session on this computer is used. It never goes into the PDF or the website export: the network signs them.</source>
        <translation>Enregistré avec chaque révision et chaque changement de statut. Sans nom, c’est le nom de votre session sur cet ordinateur qui est utilisé. Il n’apparaît jamais dans le PDF ni dans l’export pour le site web : c’est le réseau qui les signe.</translation>
    </message>
    <message>
        <source> MB</source>
        <comment>megabytes</comment>
        <translation> Mo</translation>
    </message>
    <message>
        <source>A larger file is refused when it is attached, with a message; nothing of it is stored.</source>
        <translation>Un fichier plus gros est refusé quand on le joint, avec un message ; rien n’en est gardé.</translation>
    </message>
    <message>
        <source>Files over this size are refused when they are attached. Stored in the library: the same for everyone who uses it.</source>
        <translation>Les fichiers plus gros sont refusés quand on les joint. Enregistré dans la bibliothèque : le même pour tous ceux qui l’utilisent.</translation>
    </message>
    <message>
        <source>Largest &amp;attached file:</source>
        <translation>Plus gros fichier &amp;joint :</translation>
    </message>
    <message>
        <source>Open a library to change its values.</source>
        <translation>Ouvrez une bibliothèque pour changer ses réglages.</translation>
    </message>
    <message>
        <source>This library is read-only: its values cannot be changed.</source>
        <translation>Cette bibliothèque est en lecture seule : ses réglages ne peuvent pas être changés.</translation>
    </message>
    <message>
        <source>The largest attached file could not be saved. %1</source>
        <translation>La taille du plus gros fichier joint n’a pas pu être enregistrée. %1</translation>
    </message>
</context>
<context>
    <name>Actes::PresenceTracker</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is editing</source>
        <translation>%1 modifie cette ressource</translation>
    </message>
    <message>
        <source>%1 are editing</source>
        <comment>several names</comment>
        <translation>%1 modifient cette ressource</translation>
    </message>
</context>
<context>
    <name>Actes::PrintSupport</name>
    <message>
        <source>Proceedings</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>Nothing to Print</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <source>There is nothing to print: no resource is selected.</source>
        <translation>Il n’y a rien à imprimer : aucune ressource n’est sélectionnée.</translation>
    </message>
    <message>
        <source>There is nothing to print: every selected resource is private. Choose the internal edition to include private resources.</source>
        <translation>Il n’y a rien à imprimer : toutes les ressources sélectionnées sont privées. Choisissez l’édition interne pour inclure les ressources privées.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The resources could not be read: %1</source>
        <translation>Impossible de lire les ressources : %1</translation>
    </message>
    <message>
        <source>Print Preview of the Proceedings</source>
        <translation>Aperçu avant impression des actes</translation>
    </message>
    <message>
        <source>Print the Proceedings</source>
        <translation>Imprimer les actes</translation>
    </message>
    <message>
        <source>The proceedings could not be printed: the printer did not start.</source>
        <translation>Impossible d’imprimer les actes : l’imprimante n’a pas démarré.</translation>
    </message>
</context>
<context>
    <name>Actes::ProceedingsExporter</name>
    <message>
        <source>“%1” is private: it only goes into the internal edition.</source>
        <translation>« %1 » est privée : elle ne figure que dans l’édition interne.</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>Proceedings, %1</source>
        <translation>Actes — %1</translation>
    </message>
    <message>
        <source>%1 (internal document)</source>
        <translation>%1 (document interne)</translation>
    </message>
    <message>
        <source>There is nothing to export: no resource is selected.</source>
        <translation>Il n’y a rien à exporter : aucune ressource n’est sélectionnée.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF.</source>
        <translation>Aucun nom de fichier n’a été indiqué pour le PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Impossible de commencer le PDF.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”: %2</source>
        <translation>Impossible d’écrire le PDF dans « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1”: privacy not confirmed; treated as private, it only goes into the internal edition.</source>
        <translation>« %1 » : confidentialité non confirmée ; traitée comme privée, elle ne figure que dans l’édition interne.</translation>
    </message>
    <message>
        <source>There is nothing to export: every selected resource is private or its privacy is not confirmed. Choose the internal edition to include them.</source>
        <translation>Il n’y a rien à exporter : toutes les ressources sélectionnées sont privées ou leur confidentialité n’est pas confirmée. Choisissez l’édition interne pour les inclure.</translation>
    </message>
    <message>
        <source>“%1” (attached to “%2”) is for members only: it only goes into the internal edition.</source>
        <translation>« %1 » (joint à « %2 ») est réservé aux adhérents : il ne figure que dans l’édition interne.</translation>
    </message>
    <message>
        <source>its content is missing from the library</source>
        <translation>son contenu manque dans la bibliothèque</translation>
    </message>
    <message>
        <source>“%1” (attached to “%2”) was not bound as an annex: %3.</source>
        <translation>« %1 » (joint à « %2 ») n’a pas été relié en annexe : %3.</translation>
    </message>
</context>
<context>
    <name>Actes::ProceedingsJob</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Actes::ProceedingsLayout</name>
    <message>
        <source>Internal document – do not distribute</source>
        <translation>Document interne – ne pas diffuser</translation>
    </message>
    <message>
        <source>Event report</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>LIEU</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>ATTENDANCE</source>
        <translation>FRÉQUENTATION</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>RÉSUMÉ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Intervenants et participants</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>FUNCTION</source>
        <translation>FONCTION</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>STRUCTURE</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Index of people and organisations</source>
        <translation>Index des personnes et des structures</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>No participant or partner is recorded in these reports.</source>
        <translation>Aucun participant ni partenaire n’est enregistré dans ces comptes rendus.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>PROCEEDINGS</source>
        <translation>ACTES</translation>
    </message>
    <message numerus="yes">
        <source>%n event report(s)</source>
        <translation>
            <numerusform>%n compte rendu</numerusform>
            <numerusform>%n comptes rendus</numerusform>
        </translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Commentaires de relecture</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>CITATION</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>COMMENTAIRE</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>text deleted</source>
        <translation>texte supprimé</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>in the annex</source>
        <translation>en annexe</translation>
    </message>
    <message>
        <source>members only</source>
        <translation>réservé aux adhérents</translation>
    </message>
    <message>
        <source>Annex: %1</source>
        <translation>Annexe : %1</translation>
    </message>
</context>
<context>
    <name>Actes::ProceedingsPreview</name>
    <message>
        <source>Preview status</source>
        <translation>État de l’aperçu</translation>
    </message>
    <message>
        <source>Preview of the proceedings</source>
        <translation>Aperçu des actes</translation>
    </message>
    <message>
        <source>The pages of the PDF as they will be exported.</source>
        <translation>Les pages du PDF telles qu’elles seront exportées.</translation>
    </message>
    <message>
        <source>Updating the preview… %1%</source>
        <translation>Mise à jour de l’aperçu… %1 %</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>L’aperçu s’affiche ici.</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Rien à prévisualiser.</translation>
    </message>
    <message>
        <source>No resource is selected.</source>
        <translation>Aucune ressource n’est sélectionnée.</translation>
    </message>
    <message>
        <source>Every selected resource is private, so the public edition would be empty. Check “Internal edition” to include private resources.</source>
        <translation>Toutes les ressources sélectionnées sont privées : l’édition publique serait vide. Cochez « Édition interne » pour inclure les ressources privées.</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>Impossible de réaliser l’aperçu.</translation>
    </message>
    <message>
        <source>The temporary PDF of the preview could not be read.</source>
        <translation>Impossible de lire le PDF temporaire de l’aperçu.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n page(s).</source>
        <translation>
            <numerusform>Aperçu : %n page.</numerusform>
            <numerusform>Aperçu : %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::PublishingController</name>
    <message>
        <source>&amp;Export Proceedings (PDF)…</source>
        <translation>&amp;Exporter les actes (PDF)…</translation>
    </message>
    <message>
        <source>Export the selected resources, or all those listed, as printable proceedings</source>
        <translation>Exporter les ressources sélectionnées, ou toutes celles de la liste, sous forme d’actes imprimables</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <source>Preview the proceedings as printed</source>
        <translation>Afficher un aperçu des actes tels qu’ils seront imprimés</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the proceedings</source>
        <translation>Imprimer les actes</translation>
    </message>
    <message>
        <source>Export for the &amp;Website…</source>
        <translation>Exporter pour le site &amp;web…</translation>
    </message>
    <message>
        <source>Write the approved public resources as HTML files for the website</source>
        <translation>Écrire les ressources publiques validées sous forme de fichiers HTML pour le site web</translation>
    </message>
</context>
<context>
    <name>Actes::ResourceEditorPane</name>
    <message>
        <source>Title of the resource</source>
        <translation>Titre de la ressource</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The title of the resource, as it appears in the list and the proceedings.</source>
        <translation>Le titre de la ressource, tel qu’il apparaît dans la liste et dans les actes.</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Résu&amp;mé</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corps</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>A short summary shown in the list and at the top of the report.</source>
        <translation>Un court résumé affiché dans la liste et en tête du compte rendu.</translation>
    </message>
    <message>
        <source>A few sentences that sum up the event.</source>
        <translation>Quelques phrases qui résument l’événement.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>The report of the event.</source>
        <translation>Le compte rendu de l’événement.</translation>
    </message>
    <message>
        <source>Length of the summary against the limit set in the preferences.</source>
        <translation>Longueur du résumé par rapport à la limite fixée dans les préférences.</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %Ln character(s)</source>
        <comment>length / limit</comment>
        <translation>
            <numerusform>%1 / %Ln caractère</numerusform>
            <numerusform>%1 / %Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The summary is %Ln character(s) over the limit; shorten it.</source>
        <translation>
            <numerusform>Le résumé dépasse la limite de %Ln caractère ; raccourcissez-le.</numerusform>
            <numerusform>Le résumé dépasse la limite de %Ln caractères ; raccourcissez-le.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::ResourceListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 (private: not published)</source>
        <translation>%1 (privée : non publiée)</translation>
    </message>
    <message>
        <source>%1 — to be checked after import</source>
        <translation>%1 — à vérifier après l’importation</translation>
    </message>
    <message>
        <source>%1, private</source>
        <translation>%1, privée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 (privacy not confirmed: not published until someone confirms it)</source>
        <translation>%1 (confidentialité non confirmée : non publiée tant que personne ne l’a confirmée)</translation>
    </message>
    <message>
        <source>%1, privacy not confirmed</source>
        <translation>%1, confidentialité non confirmée</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>title, who is editing</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Actes::ResourceListPanel</name>
    <message>
        <source>Search titles and texts (Ctrl+L)</source>
        <translation>Rechercher dans les titres et les textes (Ctrl+L)</translation>
    </message>
    <message>
        <source>Results appear as you type. Accents and case do not matter.</source>
        <translation>Les résultats s’affichent pendant la saisie. Les accents et la casse ne comptent pas.</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>Rechercher des ressources</translation>
    </message>
    <message>
        <source>Show only one type of resource</source>
        <translation>N’afficher qu’un type de ressource</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Filtre par type</translation>
    </message>
    <message>
        <source>Show only one status</source>
        <translation>N’afficher qu’un statut</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Show public or private resources only</source>
        <translation>N’afficher que les ressources publiques ou privées</translation>
    </message>
    <message>
        <source>Visibility filter</source>
        <translation>Filtre par visibilité</translation>
    </message>
    <message>
        <source>Show only the events of one year</source>
        <translation>N’afficher que les événements d’une année</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Filtre par année</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Public and private</source>
        <translation>Publiques et privées</translation>
    </message>
    <message>
        <source>Public only</source>
        <translation>Publiques seulement</translation>
    </message>
    <message>
        <source>Private only</source>
        <translation>Privées seulement</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>No resource matches.</source>
        <translation>Aucune ressource ne correspond.</translation>
    </message>
    <message>
        <source>1 resource found</source>
        <translation>1 ressource trouvée</translation>
    </message>
    <message numerus="yes">
        <source>%n resources found</source>
        <translation>
            <numerusform>%n ressource trouvée</numerusform>
            <numerusform>%n ressources trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource yet.</source>
        <translation>Aucune ressource pour l’instant.</translation>
    </message>
    <message>
        <source>1 resource</source>
        <translation>1 ressource</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only what waits in review for you (you were named as reviewer) or for anyone</source>
        <translation>N’afficher que ce qui attend votre relecture (vous avez été désigné relecteur) ou celle de n’importe qui</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>À relire (%1)</translation>
    </message>
    <message>
        <source>Nothing waits for your review.</source>
        <translation>Rien n’attend votre relecture.</translation>
    </message>
</context>
<context>
    <name>Actes::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Actes makes a copy of the library %1 once a day, when it opens it. Choose the copy to go back to. The current library is not deleted: it is kept beside it, so the restore can be undone.</source>
        <translation>Actes fait une copie de la bibliothèque %1 une fois par jour, à son ouverture. Choisissez la copie à laquelle revenir. La bibliothèque actuelle n’est pas supprimée : elle est conservée à côté, pour que la restauration puisse être annulée.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no backup of this library yet.</source>
        <translation>Il n’y a pas encore de sauvegarde de cette bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the library with the backup of %1, which holds %n resource(s)? Changes made since then will not be in the library; the current library is kept beside it as a separate file.</source>
        <translation>
            <numerusform>Remplacer la bibliothèque par la sauvegarde %1, qui contient %n ressource ? Les modifications faites depuis ne figureront plus dans la bibliothèque ; la bibliothèque actuelle est conservée à côté, dans un fichier distinct.</numerusform>
            <numerusform>Remplacer la bibliothèque par la sauvegarde %1, qui contient %n ressources ? Les modifications faites depuis ne figureront plus dans la bibliothèque ; la bibliothèque actuelle est conservée à côté, dans un fichier distinct.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library was restored from the backup.</source>
        <translation>La bibliothèque a été restaurée à partir de la sauvegarde.</translation>
    </message>
    <message>
        <source>The library was restored from the backup. The library as it was before is kept as %1.</source>
        <translation>La bibliothèque a été restaurée à partir de la sauvegarde. La bibliothèque telle qu’elle était avant est conservée sous le nom %1.</translation>
    </message>
</context>
<context>
    <name>Actes::ReviewChecks</name>
    <message numerus="yes">
        <source>The summary has %n empty heading(s); remove them or give them a text.</source>
        <translation>
            <numerusform>Le résumé contient %n intertitre vide ; supprimez-le ou donnez-lui un texte.</numerusform>
            <numerusform>Le résumé contient %n intertitres vides ; supprimez-les ou donnez-leur un texte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The body has %n empty heading(s); remove them or give them a text.</source>
        <translation>
            <numerusform>Le corps contient %n intertitre vide ; supprimez-le ou donnez-lui un texte.</numerusform>
            <numerusform>Le corps contient %n intertitres vides ; supprimez-les ou donnez-leur un texte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link on “%1” has no address.</source>
        <translation>Le lien sur « %1 » n’a pas d’adresse.</translation>
    </message>
    <message>
        <source>The link on “%1” points inside the document (%2), which the website cannot follow; use a full web address.</source>
        <translation>Le lien sur « %1 » pointe à l’intérieur du document (%2), ce que le site web ne peut pas suivre ; utilisez une adresse web complète.</translation>
    </message>
    <message>
        <source>The link on “%1” is not a valid web or e-mail address: %2.</source>
        <translation>Le lien sur « %1 » n’est pas une adresse web ou électronique valide : %2.</translation>
    </message>
    <message>
        <source>An image (%1) is missing from the library; insert it again.</source>
        <translation>Une image (%1) est absente de la bibliothèque ; insérez-la de nouveau.</translation>
    </message>
    <message>
        <source>The image “%1” is missing from the library; insert it again.</source>
        <translation>L’image « %1 » est absente de la bibliothèque ; insérez-la de nouveau.</translation>
    </message>
    <message>
        <source>An image is not stored in the library (%1); insert it again.</source>
        <translation>Une image n’est pas enregistrée dans la bibliothèque (%1) ; insérez-la de nouveau.</translation>
    </message>
    <message>
        <source>The image “%1” is not stored in the library (%2); insert it again.</source>
        <translation>L’image « %1 » n’est pas enregistrée dans la bibliothèque (%2) ; insérez-la de nouveau.</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>Le titre est manquant.</translation>
    </message>
    <message>
        <source>The resource type is not set.</source>
        <translation>Le type de ressource n’est pas indiqué.</translation>
    </message>
    <message>
        <source>The event date is not set.</source>
        <translation>La date de l’événement n’est pas indiquée.</translation>
    </message>
    <message>
        <source>The event ends (%1) before it starts (%2).</source>
        <translation>L’événement se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The resource is marked private, but nobody has confirmed it yet.</source>
        <translation>La ressource est marquée comme privée, mais personne ne l’a encore confirmé.</translation>
    </message>
    <message>
        <source>Nobody has confirmed yet whether the resource is private or public.</source>
        <translation>Personne n’a encore confirmé si la ressource est privée ou publique.</translation>
    </message>
    <message>
        <source>The summary is missing.</source>
        <translation>Le résumé est manquant.</translation>
    </message>
    <message>
        <source>The summary has %1 characters, %2 more than the limit of %3.</source>
        <translation>Le résumé compte %1 caractères, soit %2 de plus que la limite de %3.</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Le corps est vide.</translation>
    </message>
    <message numerus="yes">
        <source>Give a name to the %n participant(s) without one, or remove them.</source>
        <translation>
            <numerusform>Donnez un nom au participant qui n’en a pas, ou supprimez-le.</numerusform>
            <numerusform>Donnez un nom aux %n participants qui n’en ont pas, ou supprimez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give a name to the %n partner(s) without one, or remove them.</source>
        <translation>
            <numerusform>Donnez un nom au partenaire qui n’en a pas, ou supprimez-le.</numerusform>
            <numerusform>Donnez un nom aux %n partenaires qui n’en ont pas, ou supprimez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <comment>field of a resource</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>field of a resource</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>field of a resource</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Private</source>
        <comment>field of a resource</comment>
        <translation>Privée</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>field of a resource</comment>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Body</source>
        <comment>field of a resource</comment>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Participants</source>
        <comment>field of a resource</comment>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Partners</source>
        <comment>field of a resource</comment>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>what the import of a resource was unsure of</comment>
        <translation>Import</translation>
    </message>
    <message>
        <source>The import was unsure of this resource; check it, then confirm it.</source>
        <translation>L’import n’était pas sûr de cette ressource ; vérifiez-la, puis confirmez-le.</translation>
    </message>
    <message>
        <source>Comments</source>
        <comment>the review comments of a resource</comment>
        <translation>Commentaires</translation>
    </message>
    <message numerus="yes">
        <source>%n review comment(s) not resolved yet: resolve them before approving.</source>
        <translation>
            <numerusform>%n commentaire de relecture n’est pas encore résolu : résolvez-le avant de valider.</numerusform>
            <numerusform>%n commentaires de relecture ne sont pas encore résolus : résolvez-les avant de valider.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text mentions a programme that is not attached (“%1”): attach it, or dismiss this warning.</source>
        <translation>Le texte mentionne un programme qui n’est pas joint (« %1 ») : joignez-le, ou ignorez cet avertissement.</translation>
    </message>
    <message>
        <source>The text mentions a slide deck that is not attached (“%1”): attach it, or dismiss this warning.</source>
        <translation>Le texte mentionne un diaporama qui n’est pas joint (« %1 ») : joignez-le, ou ignorez cet avertissement.</translation>
    </message>
    <message>
        <source>The text mentions proceedings that are not attached (“%1”): attach them, or dismiss this warning.</source>
        <translation>Le texte mentionne des actes qui ne sont pas joints (« %1 ») : joignez-les, ou ignorez cet avertissement.</translation>
    </message>
    <message>
        <source>The text mentions a study that is not attached (“%1”): attach it, or dismiss this warning.</source>
        <translation>Le texte mentionne une étude qui n’est pas jointe (« %1 ») : joignez-la, ou ignorez cet avertissement.</translation>
    </message>
    <message>
        <source>The text mentions photos that are not attached (“%1”): attach them, or dismiss this warning.</source>
        <translation>Le texte mentionne des photos qui ne sont pas jointes (« %1 ») : joignez-les, ou ignorez cet avertissement.</translation>
    </message>
    <message>
        <source>The text mentions a video that is not attached (“%1”): attach it or its link, or dismiss this warning.</source>
        <translation>Le texte mentionne une vidéo qui n’est pas jointe (« %1 ») : joignez-la ou son lien, ou ignorez cet avertissement.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <comment>the documents attached to a resource</comment>
        <translation>Documents joints</translation>
    </message>
</context>
<context>
    <name>Actes::ReviewController</name>
    <message>
        <source>Preview on the &amp;Website…</source>
        <translation>&amp;Aperçu sur le site web…</translation>
    </message>
    <message>
        <source>Show the resource as it will look online</source>
        <translation>Afficher la ressource telle qu’elle apparaîtra en ligne</translation>
    </message>
    <message>
        <source>Status changed to “%1”.</source>
        <translation>Le statut est maintenant « %1 ».</translation>
    </message>
    <message>
        <source>The revision was restored as a new revision.</source>
        <translation>La révision a été restaurée sous forme de nouvelle révision.</translation>
    </message>
</context>
<context>
    <name>Actes::ReviewWorkflow</name>
    <message>
        <source>there is no member with this login.</source>
        <translation>aucun membre n’a cet identifiant.</translation>
    </message>
    <message>
        <source>this member is disabled.</source>
        <translation>ce membre est désactivé.</translation>
    </message>
    <message>
        <source>this member is an author; only a reviewer or an administrator may approve.</source>
        <translation>ce membre est auteur ; seul un relecteur ou un administrateur peut valider.</translation>
    </message>
    <message>
        <source>The review cannot be requested from “%1”: %2 Name one of: %3; or nobody, so that anyone may review it. Nothing was changed.</source>
        <translation>La relecture ne peut pas être demandée à « %1 » : %2 Désignez l’un de ces membres : %3 ; ou personne, pour que n’importe qui puisse la relire. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>(no reviewer yet)</source>
        <translation>(aucun relecteur pour l’instant)</translation>
    </message>
</context>
<context>
    <name>Actes::Revision</name>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Earlier revision restored</source>
        <translation>Restauration d’une révision antérieure</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>State before revisions were kept</source>
        <translation>État antérieur à la conservation des révisions</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type of resource</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ressource privée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fréquentation</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Intervenants et participants</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note de relecture</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Documents joints</translation>
    </message>
    <message>
        <source>Dismissed warnings</source>
        <translation>Avertissements écartés</translation>
    </message>
</context>
<context>
    <name>Actes::RevisionDiff</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Private (confirmed)</source>
        <translation>Privée (choix confirmé)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <source>Public (confirmed)</source>
        <translation>Publique (choix confirmé)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>To be checked</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>To be checked: %1</source>
        <translation>À vérifier : %1</translation>
    </message>
    <message numerus="yes">
        <source>[… %n unchanged line(s) …]</source>
        <translation>
            <numerusform>[… %n ligne inchangée …]</numerusform>
            <numerusform>[… %n lignes inchangées …]</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the formatting changed (bold, italics, links or layout).</source>
        <translation>Seule la mise en forme a changé (gras, italique, liens ou mise en page).</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après : %1</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>members only</source>
        <translation>réservé aux adhérents</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Actes::RichTextEditor</name>
    <message>
        <source>Images can only be added to a resource of an open library.</source>
        <translation>Les images ne peuvent être ajoutées qu’à une ressource d’une bibliothèque ouverte.</translation>
    </message>
    <message>
        <source>The library is open read-only: images cannot be added.</source>
        <translation>La bibliothèque est ouverte en lecture seule : impossible d’ajouter des images.</translation>
    </message>
    <message>
        <source>The image is too large (%1 MB); the limit is %2 MB.</source>
        <translation>L’image est trop volumineuse (%1 Mo) ; la limite est de %2 Mo.</translation>
    </message>
    <message>
        <source>This is not an image Actes can show (PNG, JPEG, GIF, WebP or BMP).</source>
        <translation>Ce n’est pas une image qu’Actes peut afficher (PNG, JPEG, GIF, WebP ou BMP).</translation>
    </message>
    <message>
        <source>The image was stored in the library.</source>
        <translation>L’image a été enregistrée dans la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) were not downloaded; save them and insert them from a file.</source>
        <translation>
            <numerusform>%n image distante n’a pas été téléchargée ; enregistrez-la et insérez-la depuis un fichier.</numerusform>
            <numerusform>%n images distantes n’ont pas été téléchargées ; enregistrez-les et insérez-les depuis un fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be stored in the library.</source>
        <translation>
            <numerusform>Impossible d’enregistrer %n image dans la bibliothèque.</numerusform>
            <numerusform>Impossible d’enregistrer %n images dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste as Plain Text</source>
        <translation>Coller comme texte brut</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) pointing to files on this computer were not read; insert them from a file.</source>
        <translation>
            <numerusform>%n image pointant vers un fichier de cet ordinateur n’a pas été lue ; insérez-la depuis un fichier.</numerusform>
            <numerusform>%n images pointant vers des fichiers de cet ordinateur n’ont pas été lues ; insérez-les depuis un fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::ServerReconnector</name>
    <message numerus="yes">
        <source>The connection to the server %1 is back (after %n attempt(s)).</source>
        <translation>
            <numerusform>La connexion au serveur %1 est rétablie (après %n tentative).</numerusform>
            <numerusform>La connexion au serveur %1 est rétablie (après %n tentatives).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::SiteExportDialog</name>
    <message>
        <source>Export for the website</source>
        <translation>Exporter pour le site web</translation>
    </message>
    <message>
        <source>Writes the public resources that are approved or published as web pages, with their images and a manifest (index.json) for the website. Private resources are never written.</source>
        <translation>Écrit les ressources publiques validées ou en ligne sous forme de pages web, avec leurs images et un manifeste (index.json) pour le site web. Les ressources privées ne sont jamais écrites.</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected resources (%n)</source>
        <translation>
            <numerusform>Les ressources &amp;sélectionnées (%n)</numerusform>
            <numerusform>Les ressources &amp;sélectionnées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All the resources of the library (%n)</source>
        <translation>
            <numerusform>&amp;Toutes les ressources de la bibliothèque (%n)</numerusform>
            <numerusform>&amp;Toutes les ressources de la bibliothèque (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>A new folder, or an earlier website export</source>
        <translation>Un nouveau dossier, ou un précédent export du site web</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Choisir le dossier de destination</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressources :</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport d’export</translation>
    </message>
    <message>
        <source>The report of the export appears here.</source>
        <translation>Le rapport de l’export s’affiche ici.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>website-export</source>
        <translation>export-site-web</translation>
    </message>
    <message>
        <source>To be written: %1. Left out: %2 private, %3 not approved or published.</source>
        <translation>À écrire : %1. Écartées : %2 (privées), %3 (ni validées ni en ligne).</translation>
    </message>
    <message>
        <source>Folder of the website export</source>
        <translation>Dossier de l’export du site web</translation>
    </message>
    <message>
        <source>The website export was not written.</source>
        <translation>L’export du site web n’a pas été écrit.</translation>
    </message>
    <message>
        <source>No resource could be written to %1: none of them is public and approved or published.</source>
        <translation>Aucune ressource n’a pu être écrite dans %1 : aucune n’est à la fois publique et validée ou en ligne.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Écartées : %1</translation>
    </message>
    <message>
        <source>Written to %1: %2, %3 in all.</source>
        <comment>folder: resources, files</comment>
        <translation>Écrit dans %1 : %2, %3 en tout.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2, with %n image(s)</source>
        <translation>
            <numerusform>%1 → %2, avec %n image</numerusform>
            <numerusform>%1 → %2, avec %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n attached document(s))</source>
        <translation>
            <numerusform>(%n document joint)</numerusform>
            <numerusform>(%n documents joints)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached documents left out: %1</source>
        <translation>Documents joints écartés : %1</translation>
    </message>
</context>
<context>
    <name>Actes::SiteExporter</name>
    <message>
        <source>(untitled, number %1)</source>
        <translation>(sans titre, numéro %1)</translation>
    </message>
    <message>
        <source>“%1” was left out: it is private.</source>
        <translation>« %1 » a été écartée : elle est privée.</translation>
    </message>
    <message>
        <source>“%1” was left out: it is not approved or published (status: %2).</source>
        <translation>« %1 » a été écartée : elle n’est ni validée ni en ligne (statut : %2).</translation>
    </message>
    <message>
        <source>No folder was given for the website export.</source>
        <translation>Aucun dossier n’a été indiqué pour l’export du site web.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; the website export was not written.</source>
        <translation>%1 est un fichier, pas un dossier ; l’export du site web n’a pas été écrit.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty and is not an earlier website export of Actes; choose a new or empty folder.</source>
        <translation>Le dossier %1 n’est pas vide et n’est pas un précédent export du site web fait par Actes ; choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; the website export was not written.</source>
        <translation>Impossible de créer le dossier %1 ; l’export du site web n’a pas été écrit.</translation>
    </message>
    <message>
        <source>A temporary folder cannot be created in %1 (%2); the website export was not written.</source>
        <translation>Impossible de créer un dossier temporaire dans %1 (%2) ; l’export du site web n’a pas été écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2); the website export was not written.</source>
        <translation>Impossible d’écrire %1 (%2) ; l’export du site web n’a pas été écrit.</translation>
    </message>
    <message>
        <source>An image of “%1” is missing from the library (%2); it was left out.</source>
        <translation>Une image de « %1 » est absente de la bibliothèque (%2) ; elle a été écartée.</translation>
    </message>
    <message>
        <source>An image of “%1” is not in a format websites take (%2); it was left out.</source>
        <translation>Une image de « %1 » n’est pas dans un format accepté par les sites web (%2) ; elle a été écartée.</translation>
    </message>
    <message>
        <source>The earlier export in %1 cannot be replaced; the website export was not written.</source>
        <translation>Impossible de remplacer l’export précédent dans %1 ; l’export du site web n’a pas été écrit.</translation>
    </message>
    <message>
        <source>The export cannot be moved to %1; the website export was not written.</source>
        <translation>Impossible de déplacer l’export vers %1 ; l’export du site web n’a pas été écrit.</translation>
    </message>
    <message>
        <source>“%1” was left out: privacy not confirmed (it is treated as private until someone confirms it).</source>
        <translation>« %1 » a été exclue : confidentialité non confirmée (elle est traitée comme privée tant que personne ne l’a confirmée).</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>, et %n autre</numerusform>
            <numerusform>, et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds %n file(s) that Actes did not write there or that were changed since its last export: %2. Move them elsewhere (or choose another folder); the website export was not written.</source>
        <translation>
            <numerusform>Le dossier %1 contient %n fichier qu’Actes n’y a pas écrit ou qui a été modifié depuis son dernier export : %2. Déplacez-le ailleurs (ou choisissez un autre dossier) ; l’export pour le site n’a pas été écrit.</numerusform>
            <numerusform>Le dossier %1 contient %n fichiers qu’Actes n’y a pas écrits ou qui ont été modifiés depuis son dernier export : %2. Déplacez-les ailleurs (ou choisissez un autre dossier) ; l’export pour le site n’a pas été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export cannot be saved to the disk in %1; the website export was not written.</source>
        <translation>L’export ne peut pas être enregistré sur le disque dans %1 ; l’export pour le site n’a pas été écrit.</translation>
    </message>
    <message>
        <source>“%1” was left out: it no longer passes the checks before publishing: %2</source>
        <translation>« %1 » a été écartée : elle ne satisfait plus les vérifications avant publication : %2</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>“%1”, attached to “%2”, was left out: it is for members only.</source>
        <translation>« %1 », joint à « %2 », a été écarté : il est réservé aux adhérents.</translation>
    </message>
    <message>
        <source>The link “%1” attached to “%2” is not a web address; it was left out.</source>
        <translation>Le lien « %1 » joint à « %2 » n’est pas une adresse web ; il a été écarté.</translation>
    </message>
    <message>
        <source>“%1”, attached to “%2”, was left out: its file is missing from the library.</source>
        <translation>« %1 », joint à « %2 », a été écarté : son fichier est absent de la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Actes::SitePreviewDialog</name>
    <message>
        <source>Website preview</source>
        <translation>Aperçu sur le site web</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Intervenants et participants</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>This resource is private: a website export leaves it out.</source>
        <translation>Cette ressource est privée : un export du site web l’écarte.</translation>
    </message>
    <message>
        <source>This resource is not approved or published yet (status: %1): a website export leaves it out until it is.</source>
        <translation>Cette ressource n’est pas encore validée ni en ligne (statut : %1) : un export du site web l’écarte tant qu’elle ne l’est pas.</translation>
    </message>
    <message>
        <source>Website preview — %1</source>
        <translation>Aperçu sur le site web — %1</translation>
    </message>
    <message>
        <source>Images missing from the library are left out: %1.</source>
        <translation>Images absentes de la bibliothèque, écartées : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <comment>attendance</comment>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has confirmed whether this resource is private: a website export leaves it out until someone does.</source>
        <translation>Personne n’a confirmé si cette ressource est privée : un export pour le site l’exclut tant que ce n’est pas fait.</translation>
    </message>
    <message numerus="yes">
        <source>%n attached document(s) for members only: never published, not listed here.</source>
        <translation>
            <numerusform>%n document joint réservé aux adhérents : jamais publié, il n’est pas affiché ici.</numerusform>
            <numerusform>%n documents joints réservés aux adhérents : jamais publiés, ils ne sont pas affichés ici.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::SqliteRepository</name>
    <message>
        <source>The library %1 is open read-only, so the change was not saved.</source>
        <translation>La bibliothèque %1 est ouverte en lecture seule : la modification n’a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>The resource number %1 no longer exists in the library %2; nothing was changed.</source>
        <translation>La ressource numéro %1 n’existe plus dans la bibliothèque %2 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The resource %1 no longer exists in the library %2; it was not saved.</source>
        <translation>La ressource %1 n’existe plus dans la bibliothèque %2 ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The resource %1 was changed elsewhere since it was opened (version %2 is stored, this copy is version %3). Nothing was saved; reload the resource to see the other changes.</source>
        <translation>La ressource %1 a été modifiée ailleurs depuis son ouverture (la version enregistrée est la %2, cette copie est la version %3). Rien n’a été enregistré ; rechargez la ressource pour voir les autres modifications.</translation>
    </message>
    <message>
        <source>A resource type needs a name.</source>
        <translation>Un type de ressource doit avoir un nom.</translation>
    </message>
    <message>
        <source>A person needs a name; it was not saved.</source>
        <translation>Une personne doit avoir un nom ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The person %1 no longer exists in the library %2.</source>
        <translation>La personne %1 n’existe plus dans la bibliothèque %2.</translation>
    </message>
    <message>
        <source>An organisation needs a name; it was not saved.</source>
        <translation>Une structure doit avoir un nom ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>An organisation named %1 already exists in the library. Merge the two organisations instead of giving them the same name.</source>
        <translation>Une structure nommée %1 existe déjà dans la bibliothèque. Fusionnez les deux structures au lieu de leur donner le même nom.</translation>
    </message>
    <message>
        <source>The organisation %1 no longer exists in the library %2.</source>
        <translation>La structure %1 n’existe plus dans la bibliothèque %2.</translation>
    </message>
    <message>
        <source>The person to keep (number %1) no longer exists in the library %2.</source>
        <translation>La personne à conserver (numéro %1) n’existe plus dans la bibliothèque %2.</translation>
    </message>
    <message>
        <source>The organisation to keep (number %1) no longer exists in the library %2.</source>
        <translation>La structure à conserver (numéro %1) n’existe plus dans la bibliothèque %2.</translation>
    </message>
    <message>
        <source>An empty image cannot be stored in the library.</source>
        <translation>Impossible d’enregistrer une image vide dans la bibliothèque.</translation>
    </message>
    <message>
        <source>A library setting needs a name.</source>
        <translation>Un réglage de bibliothèque doit avoir un nom.</translation>
    </message>
    <message>
        <source>The revision number %1 in the library %2 is damaged and cannot be read.</source>
        <translation>La révision numéro %1 de la bibliothèque %2 est endommagée et ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The revision number %1 no longer exists in the library %2; nothing was restored.</source>
        <translation>La révision numéro %1 n’existe plus dans la bibliothèque %2 ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The search index of the library %1 could not be kept up to date; the change was not saved.</source>
        <translation>Impossible de tenir à jour l’index de recherche de la bibliothèque %1 ; la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The library %1 is in use by another program and stayed locked for more than %2 seconds. Nothing was changed; try again in a moment.</source>
        <translation>La bibliothèque %1 est utilisée par un autre programme et est restée verrouillée plus de %2 secondes. Rien n’a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk holding the library %1 is full. The last change was not saved and the library is as it was before; free some space and try again.</source>
        <translation>Le disque qui contient la bibliothèque %1 est plein. La dernière modification n’a pas été enregistrée et la bibliothèque est restée telle qu’elle était ; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2). Restore it from a backup copy.</source>
        <translation>La bibliothèque %1 est endommagée (%2). Restaurez-la à partir d’une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The library %1 cannot be written (%2). The change was not saved.</source>
        <translation>Impossible d’écrire dans la bibliothèque %1 (%2). La modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened (%2).</source>
        <translation>Impossible d’ouvrir la bibliothèque %1 (%2).</translation>
    </message>
    <message>
        <source>The library %1 could not be read or written: %2.</source>
        <translation>Impossible de lire ou d’écrire la bibliothèque %1 : %2.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>The library %1 does not exist.</source>
        <translation>La bibliothèque %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The library %1 cannot be created because its folder does not exist.</source>
        <translation>Impossible de créer la bibliothèque %1, car son dossier n’existe pas.</translation>
    </message>
    <message>
        <source>The library %1 cannot be created because its folder is not writable.</source>
        <translation>Impossible de créer la bibliothèque %1, car son dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an Actes library.</source>
        <translation>%1 est un dossier, pas une bibliothèque Actes.</translation>
    </message>
    <message>
        <source>The library %1 cannot be read (%2).</source>
        <translation>Impossible de lire la bibliothèque %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1 is not an Actes library: it is not a database at all.</source>
        <translation>Le fichier %1 n’est pas une bibliothèque Actes : ce n’est pas du tout une base de données.</translation>
    </message>
    <message>
        <source>The library %1 is damaged: the file is truncated. Restore it from a backup copy.</source>
        <translation>La bibliothèque %1 est endommagée : le fichier est tronqué. Restaurez-la à partir d’une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The file %1 is not an Actes library: it is the database of another application.</source>
        <translation>Le fichier %1 n’est pas une bibliothèque Actes : c’est la base de données d’une autre application.</translation>
    </message>
    <message>
        <source>The library %1 was made by a newer version of Actes. Install the newer version to open it; the file was left unchanged.</source>
        <translation>La bibliothèque %1 a été créée par une version plus récente d’Actes. Installez cette version plus récente pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The library %1 is damaged: its schema version is missing. Restore it from a backup copy.</source>
        <translation>La bibliothèque %1 est endommagée : la version de son schéma est manquante. Restaurez-la à partir d’une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The file %1 is empty and cannot be set up as a library because it is read-only.</source>
        <translation>Le fichier %1 est vide et ne peut pas être transformé en bibliothèque, car il est en lecture seule.</translation>
    </message>
    <message>
        <source>The library %1 was made by an older version of Actes and must be upgraded, but it is read-only. Open a writable copy of it.</source>
        <translation>La bibliothèque %1 a été créée par une version plus ancienne d’Actes et doit être mise à jour, mais elle est en lecture seule. Ouvrez-en une copie accessible en écriture.</translation>
    </message>
    <message>
        <source>There is no library schema version %1.</source>
        <translation>Il n’existe pas de version %1 du schéma de bibliothèque.</translation>
    </message>
    <message>
        <source>The file %1 already exists; a library is only created in a new file.</source>
        <translation>Le fichier %1 existe déjà ; une bibliothèque ne peut être créée que dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>A resource needs a title; it was not saved.</source>
        <translation>Une ressource doit avoir un titre ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The date of the resource %1 is out of range (%2); it was not saved.</source>
        <translation>La date de la ressource %1 est hors limites (%2) ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The resource %1 ends (%2) before it starts (%3); it was not saved.</source>
        <translation>La ressource %1 se termine (%2) avant de commencer (%3) ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The attendance of the resource %1 cannot be negative (%2); it was not saved.</source>
        <translation>La fréquentation de la ressource %1 ne peut pas être négative (%2) ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>A participant of the resource %1 has no name; it was not saved.</source>
        <translation>Un participant de la ressource %1 n’a pas de nom ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>A partner of the resource %1 has no name; it was not saved.</source>
        <translation>Un partenaire de la ressource %1 n’a pas de nom ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The library %1 cannot be created.</source>
        <translation>La bibliothèque %1 ne peut pas être créée.</translation>
    </message>
    <message>
        <source>A comment needs a text; nothing was added.</source>
        <translation>Un commentaire doit avoir un texte ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>The resource number %1 does not exist in the library %2; the comment was not added.</source>
        <translation>La ressource numéro %1 n’existe pas dans la bibliothèque %2 ; le commentaire n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>The comment number %1 no longer exists.</source>
        <translation>Le commentaire numéro %1 n’existe plus.</translation>
    </message>
    <message>
        <source>A comment needs a text; delete it instead.</source>
        <translation>Un commentaire doit avoir un texte ; supprimez-le plutôt.</translation>
    </message>
    <message>
        <source>The resource “%1” is not in review: a reviewer is named only when it is submitted for review. Nothing was changed.</source>
        <translation>La ressource « %1 » n’est pas à relire : un relecteur n’est désigné que lorsqu’elle est soumise à relecture. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The attached file %1 is not stored in the library %2.</source>
        <translation>Le fichier joint %1 n’est pas conservé dans la bibliothèque %2.</translation>
    </message>
    <message>
        <source>The content of the attached document %1 of the resource %2 is not stored in the library; the resource was not saved.</source>
        <translation>Le contenu du document joint %1 de la ressource %2 n’est pas conservé dans la bibliothèque ; la ressource n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>Actes::Status</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>Actes::StatusControl</name>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Change the status to</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Mark the resource %1.</source>
        <translation>Passer la ressource au statut « %1 ».</translation>
    </message>
    <message>
        <source>%1 (blocked)</source>
        <comment>status name</comment>
        <translation>%1 (bloqué)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not ready to approve:&lt;/b&gt;&lt;ul style="margin-left:-24px"&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Pas prête pour la validation :&lt;/b&gt;&lt;ul style="margin-left:-24px"&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Move the resource along the review workflow: Draft, In review, Approved, Published, Archived.</source>
        <translation>Faire avancer la ressource dans le circuit de relecture : Brouillon, À relire, Validé, En ligne, Archivé.</translation>
    </message>
    <message>
        <source>Where the resource is in the review workflow.</source>
        <translation>L’étape où se trouve la ressource dans le circuit de relecture.</translation>
    </message>
    <message>
        <source>Status: no resource selected</source>
        <translation>Statut : aucune ressource sélectionnée</translation>
    </message>
</context>
<context>
    <name>Actes::StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>this resource</source>
        <translation>cette ressource</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Change the status of %1 from %2 to %3?</source>
        <translation>Faire passer %1 du statut %2 au statut %3 ?</translation>
    </message>
    <message>
        <source>Reviewers will see it as ready to be read and corrected.</source>
        <translation>Les relecteurs la verront comme prête à être relue et corrigée.</translation>
    </message>
    <message>
        <source>The checks run again on the saved version; this revision is kept forever as approved.</source>
        <translation>Les vérifications sont relancées sur la version enregistrée ; cette révision est conservée définitivement comme version validée.</translation>
    </message>
    <message>
        <source>The resource can then be exported for the website; this revision is kept forever.</source>
        <translation>La ressource pourra ensuite être exportée pour le site web ; cette révision est conservée définitivement.</translation>
    </message>
    <message>
        <source>An archived resource can only go back to Draft.</source>
        <translation>Une ressource archivée ne peut que revenir au statut Brouillon.</translation>
    </message>
    <message>
        <source>It will have to be reviewed and approved again before going online.</source>
        <translation>Elle devra de nouveau être relue et validée avant d’être mise en ligne.</translation>
    </message>
    <message>
        <source>&amp;Comment for the history (optional):</source>
        <translation>&amp;Commentaire pour l’historique (facultatif) :</translation>
    </message>
    <message>
        <source>For example: checked with the speakers.</source>
        <translation>Par exemple : vérifié avec les intervenants.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Passer à « %1 »</translation>
    </message>
    <message>
        <source>&amp;Review by:</source>
        <translation>&amp;Relecture par :</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>The member asked to review it; “Anyone” puts it in every reviewer’s queue.</source>
        <translation>Le membre à qui la relecture est demandée ; « N’importe qui » la place dans la liste de chaque relecteur.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N’importe qui</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>reviewer: name (login)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Actes::StatusService</name>
    <message>
        <source>An archived resource can only go back to %1; it cannot be marked %2 directly.</source>
        <translation>Une ressource archivée ne peut que revenir au statut « %1 » ; elle ne peut pas passer directement au statut « %2 ».</translation>
    </message>
    <message>
        <source>The resource number %1 no longer exists in the library %2; its status was not changed.</source>
        <translation>La ressource numéro %1 n’existe plus dans la bibliothèque %2 ; son statut n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The resource “%1” was changed elsewhere since it was opened (version %2 is stored, this copy is version %3). Its status was not changed; reload the resource and try again.</source>
        <translation>La ressource « %1 » a été modifiée ailleurs depuis son ouverture (la version enregistrée est la %2, cette copie est la version %3). Son statut n’a pas été modifié ; rechargez la ressource et réessayez.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>The resource “%1” cannot be marked %2:
%3</source>
        <translation>La ressource « %1 » ne peut pas passer au statut « %2 » :
%3</translation>
    </message>
</context>
<context>
    <name>Actes::TeamActivityController</name>
    <message>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the type</source>
        <translation>le type</translation>
    </message>
    <message>
        <source>the privacy</source>
        <translation>la confidentialité</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <source>the dates</source>
        <translation>les dates</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>le lieu</translation>
    </message>
    <message>
        <source>the attendance</source>
        <translation>la fréquentation</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>le résumé</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>le corps</translation>
    </message>
    <message>
        <source>the participants</source>
        <translation>les intervenants et participants</translation>
    </message>
    <message>
        <source>the partners</source>
        <translation>les partenaires</translation>
    </message>
    <message>
        <source>the review note</source>
        <translation>la note de relecture</translation>
    </message>
    <message>
        <source>%1 is also editing this resource. You can still edit it; if you both save changes, you will be asked which version to keep.</source>
        <translation>%1 modifie aussi cette ressource. Vous pouvez quand même la modifier ; si vous enregistrez tous deux des changements, vous choisirez la version à garder.</translation>
    </message>
    <message>
        <source>%1 are also editing this resource. You can still edit it; if you save changes after them, you will be asked which version to keep.</source>
        <translation>%1 modifient aussi cette ressource. Vous pouvez quand même la modifier ; si vous enregistrez des changements après eux, vous choisirez la version à garder.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>You changed this resource in another window at %1.</source>
        <translation>Vous avez modifié cette ressource dans une autre fenêtre à %1.</translation>
    </message>
    <message>
        <source>You changed %1 in another window at %2.</source>
        <translation>Vous avez modifié %1 dans une autre fenêtre à %2.</translation>
    </message>
    <message>
        <source>%1 changed this resource at %2.</source>
        <translation>%1 a modifié cette ressource à %2.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3.</source>
        <translation>%1 a modifié %2 à %3.</translation>
    </message>
    <message>
        <source>%1 The new version is shown.</source>
        <translation>%1 La nouvelle version est affichée.</translation>
    </message>
    <message>
        <source>%1 Your changes here are not saved yet: when they are, you will be asked which version to keep.</source>
        <translation>%1 Vos changements ici ne sont pas encore enregistrés : au moment de les enregistrer, vous choisirez la version à garder.</translation>
    </message>
</context>
<context>
    <name>Actes::TeamLibraryDialog</name>
    <message>
        <source>Open Team Library</source>
        <translation>Ouvrir une bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>The team’s library is a database on the PostgreSQL server of your network. Ask the person who runs the server for these details, or paste the address they gave you.</source>
        <translation>La bibliothèque de l’équipe est une base de données sur le serveur PostgreSQL de votre réseau. Demandez ces informations à la personne qui gère le serveur, ou collez l’adresse qu’elle vous a donnée.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>votre identifiant</translation>
    </message>
    <message>
        <source>Default (prefer an encrypted connection)</source>
        <translation>Par défaut (connexion chiffrée de préférence)</translation>
    </message>
    <message>
        <source>disable — never encrypt</source>
        <translation>disable — ne jamais chiffrer</translation>
    </message>
    <message>
        <source>allow — encrypt if the server insists</source>
        <translation>allow — chiffrer si le serveur l’exige</translation>
    </message>
    <message>
        <source>prefer — encrypt when the server can</source>
        <translation>prefer — chiffrer quand le serveur le peut</translation>
    </message>
    <message>
        <source>require — always encrypt</source>
        <translation>require — toujours chiffrer</translation>
    </message>
    <message>
        <source>verify-ca — encrypt and check the server’s certificate</source>
        <translation>verify-ca — chiffrer et vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>verify-full — encrypt, check the certificate and the server’s name</source>
        <translation>verify-full — chiffrer, vérifier le certificat et le nom du serveur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Chiffrement (TLS) :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>No password here: if the server asks for one, Actes asks you when it connects, and can remember it in your PostgreSQL password file.</source>
        <translation>Pas de mot de passe ici : si le serveur en demande un, Actes vous le demande à la connexion et peut le retenir dans votre fichier de mots de passe PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>Actes::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Resources in the trash</source>
        <translation>Ressources dans la corbeille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Put the selected resources back in the list.</source>
        <translation>Remettre les ressources sélectionnées dans la liste.</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Delete every resource in the trash for good.</source>
        <translation>Supprimer définitivement toutes les ressources de la corbeille.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>1 resource in the trash.</source>
        <translation>1 ressource dans la corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>%n resources in the trash.</source>
        <translation>
            <numerusform>%n ressource dans la corbeille.</numerusform>
            <numerusform>%n ressources dans la corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Delete the resource in the trash for good? This cannot be undone.</source>
        <translation>Supprimer définitivement la ressource de la corbeille ? Cette opération est irréversible.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n resources in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement la ressource de la corbeille ? Cette opération est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n ressources de la corbeille ? Cette opération est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::UserGuideDialog</name>
    <message>
        <source>Actes User Guide</source>
        <translation>Guide de l’utilisateur d’Actes</translation>
    </message>
    <message>
        <source>The user guide is missing from this build of Actes.</source>
        <translation>Le guide de l’utilisateur est absent de cette version d’Actes.</translation>
    </message>
</context>
<context>
    <name>Actes::WebsiteDumpImporter</name>
    <message>
        <source>“%1” is a folder, not a text export of the website.</source>
        <translation>« %1 » est un dossier, pas un export texte du site web.</translation>
    </message>
    <message>
        <source>The file “%1” is too large to be a text export of the website.</source>
        <translation>Le fichier « %1 » est trop volumineux pour être un export texte du site web.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be imported: %2</source>
        <translation>Impossible d’importer le fichier « %1 » : %2</translation>
    </message>
    <message>
        <source>The data cannot be imported: %1</source>
        <translation>Impossible d’importer les données : %1</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text; it was read as Windows-1252 (Western European). Check the accented letters.</source>
        <translation>« %1 » n’est pas du texte UTF-8 ; il a été lu en Windows-1252 (Europe occidentale). Vérifiez les lettres accentuées.</translation>
    </message>
    <message>
        <source>“%1” appears more than once in the imported text; the last one was kept.</source>
        <translation>« %1 » apparaît plusieurs fois dans le texte importé ; la dernière occurrence a été conservée.</translation>
    </message>
    <message>
        <source>“%1” needs a review: %2</source>
        <translation>« %1 » demande une relecture : %2</translation>
    </message>
    <message>
        <source>“%1” stays private: the export says it is public, but it was made private in this library; the local choice was kept.</source>
        <translation>« %1 » reste privée : l’export la dit publique, mais elle a été rendue privée dans cette bibliothèque ; le choix local a été conservé.</translation>
    </message>
    <message>
        <source>“%1” went back to review: after the re-import it no longer passes the checks before publishing.</source>
        <translation>« %1 » repasse à relire : après le nouvel import, elle ne satisfait plus les vérifications avant publication.</translation>
    </message>
</context>
<context>
    <name>Actes::WebsiteDumpParser</name>
    <message>
        <source>The file is not a text export of the website: it is not valid text.</source>
        <translation>Le fichier n’est pas un export texte du site web : ce n’est pas du texte valide.</translation>
    </message>
    <message>
        <source>The file holds binary data: it is not a text export of the website.</source>
        <translation>Le fichier contient des données binaires : ce n’est pas un export texte du site web.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>No resource was found in the file: a text export of the website has a “Type de ressource” line after each resource.</source>
        <translation>Aucune ressource n’a été trouvée dans le fichier : un export texte du site web comporte une ligne « Type de ressource » après chaque ressource.</translation>
    </message>
    <message>
        <source>The title was guessed: the end of the previous text could not be located with certainty.</source>
        <translation>Le titre a été deviné : la fin du texte précédent n’a pas pu être repérée avec certitude.</translation>
    </message>
    <message>
        <source>The title was followed by other lines without a blank line; only one line was taken as the title.</source>
        <translation>Le titre était suivi d’autres lignes sans ligne vide ; une seule ligne a été retenue comme titre.</translation>
    </message>
    <message>
        <source>No title was found before the body.</source>
        <translation>Aucun titre n’a été trouvé avant le corps.</translation>
    </message>
    <message>
        <source>The summary was not found in the body: the first paragraph after “Résumé” was taken as the summary.</source>
        <translation>Le résumé n’a pas été retrouvé dans le corps : le premier paragraphe après « Résumé » a été retenu comme résumé.</translation>
    </message>
    <message>
        <source>The summary does not repeat the beginning of the body; the paragraphs before the next title were taken as the summary.</source>
        <translation>Le résumé ne reprend pas le début du corps ; les paragraphes précédant le titre suivant ont été retenus comme résumé.</translation>
    </message>
    <message>
        <source>The end of the summary was ambiguous: check the summary and the title of the next resource.</source>
        <translation>La fin du résumé était ambiguë : vérifiez le résumé et le titre de la ressource suivante.</translation>
    </message>
    <message>
        <source>The text after “Résumé” does not all repeat the body; all of it was kept as the summary.</source>
        <translation>Le texte qui suit « Résumé » ne reprend pas entièrement le corps ; il a été conservé en entier comme résumé.</translation>
    </message>
    <message>
        <source>The “Résumé” line is missing: the summary may be incomplete.</source>
        <translation>La ligne « Résumé » est absente : le résumé est peut-être incomplet.</translation>
    </message>
    <message>
        <source>The value “%1” after “Ressource privée” was not understood: the resource was imported as public, to be confirmed.</source>
        <translation>La valeur « %1 » après « Ressource privée » n’a pas été comprise : la ressource a été importée comme publique, à confirmer.</translation>
    </message>
    <message>
        <source>Untitled resource</source>
        <translation>Ressource sans titre</translation>
    </message>
</context>
<context>
    <name>Actes::WelcomeDialog</name>
    <message>
        <source>Welcome to Actes</source>
        <translation>Bienvenue dans Actes</translation>
    </message>
    <message>
        <source>Actes keeps the reports of your events in a library: a single file on this computer, which you can copy or back up like any document.</source>
        <translation>Actes conserve les comptes rendus de vos événements dans une bibliothèque : un fichier unique sur cet ordinateur, que vous pouvez copier ou sauvegarder comme n’importe quel document.</translation>
    </message>
    <message>
        <source>Create a library</source>
        <translation>Créer une bibliothèque</translation>
    </message>
    <message>
        <source>Start with an empty library, kept in %1.</source>
        <translation>Commencer avec une bibliothèque vide, enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Open a library…</source>
        <translation>Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>A library file (.actes) you already have, here or on a shared drive.</source>
        <translation>Un fichier de bibliothèque (.actes) que vous avez déjà, sur cet ordinateur ou sur un lecteur partagé.</translation>
    </message>
    <message>
        <source>Import a site export…</source>
        <translation>Importer un export du site…</translation>
    </message>
    <message>
        <source>Create the library and fill it with the text export of the website.</source>
        <translation>Créer la bibliothèque et la remplir avec l’export texte du site web.</translation>
    </message>
    <message>
        <source>&amp;Recent libraries:</source>
        <translation>Bibliothèques &amp;récentes :</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>Double-click to open this library.</source>
        <translation>Double-cliquez pour ouvrir cette bibliothèque.</translation>
    </message>
    <message>
        <source>This file is not there now: connect the drive it is on, then double-click.</source>
        <translation>Ce fichier est actuellement introuvable : connectez le lecteur sur lequel il se trouve, puis double-cliquez.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Import Site Export</source>
        <translation>Importer un export du site</translation>
    </message>
    <message>
        <source>Site exports (*.txt);;All files (*)</source>
        <translation>Exports du site (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” is not there. Connect the drive it is on and try again, or choose another library.</source>
        <translation>« %1 » est introuvable. Connectez le lecteur sur lequel il se trouve et réessayez, ou choisissez une autre bibliothèque.</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>Spelling is not checked: no dictionary for the language “%1” was found (looked for %1.aff and %1.dic in %2). Install the Hunspell dictionary of this language, for example the Debian package hunspell-fr.</source>
        <translation>L’orthographe n’est pas vérifiée : aucun dictionnaire n’a été trouvé pour la langue « %1 » (recherche de %1.aff et %1.dic dans %2). Installez le dictionnaire Hunspell de cette langue, par exemple le paquet Debian hunspell-fr.</translation>
    </message>
    <message>
        <source>Spelling is not checked: the dictionary %1 uses the encoding %2, which this application cannot read.</source>
        <translation>L’orthographe n’est pas vérifiée : le dictionnaire %1 utilise l’encodage %2, que cette application ne sait pas lire.</translation>
    </message>
    <message>
        <source>The word “%1” could not be saved in the personal dictionary %2: %3.</source>
        <translation>Impossible d’enregistrer le mot « %1 » dans le dictionnaire personnel %2 : %3.</translation>
    </message>
    <message>
        <source>Spelling is not checked: “%1” is not a language code (such as fr_FR).</source>
        <translation>L’orthographe n’est pas vérifiée : « %1 » n’est pas un code de langue (comme fr_FR).</translation>
    </message>
    <message>
        <source>The word “%1” could not be saved in the personal dictionary: no valid language is set.</source>
        <translation>Le mot « %1 » n’a pas pu être enregistré dans le dictionnaire personnel : aucune langue valide n’est choisie.</translation>
    </message>
</context>
<context>
    <name>SpellContextMenu</name>
    <message>
        <source>No Suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorer « %1 »</translation>
    </message>
</context>
</TS>