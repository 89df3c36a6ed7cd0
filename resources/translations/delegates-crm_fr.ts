<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Briefings</name>
    <message>
        <source>A %1 has no briefing document.</source>
        <translation>Les fiches %1 n&apos;ont pas de document de briefing.</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs suivantes : %1</translation>
    </message>
    <message>
        <source>The labels in %1 cannot be used (%2); the built-in ones were used.</source>
        <translation>Les libellés de %1 ne peuvent pas être utilisés (%2) ; les libellés intégrés ont été utilisés.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impression impossible</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;impression n&apos;a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>a shared part cannot include another part, or itself</source>
        <translation>une partie partagée ne peut pas inclure une autre partie, ni elle-même</translation>
    </message>
    <message>
        <source>The template %1 cannot be used (%2); the built-in one was used.</source>
        <translation>Le modèle %1 ne peut pas être utilisé (%2) ; le modèle intégré a été utilisé.</translation>
    </message>
    <message>
        <source>There is no document template named %1.</source>
        <translation>Il n&apos;existe pas de modèle de document nommé %1.</translation>
    </message>
    <message>
        <source>The built-in template %1 is broken: %2</source>
        <translation>Le modèle intégré %1 est défectueux : %2</translation>
    </message>
</context>
<context>
    <name>FieldErrorText</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A refused value: the field&apos;s label, then what is wrong with it.</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>MergeCommandTr</name>
    <message>
        <source>--prefer takes keep or other, not &quot;%1&quot;</source>
        <translation>--prefer accepte keep ou other, et non &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A cell of a list element in a sync conflict: the column&apos;s label, then its value.
----------
A list element in a sync conflict: the list&apos;s label, then the element (&quot;Aliases: AMDIE&quot;).</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>crm::BackupStore</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Delegates CRM database, or it is damaged (%2).</source>
        <translation>%1 n&apos;est pas une base de données Delegates CRM, ou elle est endommagée (%2).</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file.</source>
        <translation>%1 existe déjà ; choisissez un nouveau fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not finish the backup %1: %2</source>
        <translation>Impossible de terminer la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is not a Delegates CRM database.</source>
        <translation>%1 n&apos;est pas une base de données Delegates CRM.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Delegates CRM (schema %2; this version reads up to schema %3). Update the application first.</source>
        <translation>%1 a été écrit par une version plus récente de Delegates CRM (schéma %2 ; cette version lit jusqu&apos;au schéma %3). Mettez d&apos;abord à jour l&apos;application.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it cannot be restored.</source>
        <translation>%1 est endommagé (%2) ; il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 est endommagé (%2).</translation>
    </message>
    <message>
        <source>%1 needs an upgrade of its schema, but no backup could be written first, so it was not upgraded: %2</source>
        <translation>Le schéma de %1 doit être mis à niveau, mais aucune sauvegarde n&apos;a pu être écrite auparavant ; il n&apos;a donc pas été mis à niveau : %2</translation>
    </message>
</context>
<context>
    <name>crm::Backups</name>
    <message>
        <source>Could not delete the old backup %1.</source>
        <translation>Impossible de supprimer l&apos;ancienne sauvegarde %1.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 est la base de données elle-même, pas une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not move %1 aside; nothing was restored.</source>
        <translation>Impossible de mettre %1 de côté ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Could not write %1; nothing was restored.</source>
        <translation>Impossible d&apos;écrire %1 ; rien n&apos;a été restauré.</translation>
    </message>
</context>
<context>
    <name>crm::BulkEdit</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2” (%3)</source>
        <translation>%1 « %2 » (%3)</translation>
    </message>
    <message>
        <source>The %1 cannot be changed: %2 %3</source>
        <translation>La fiche %1 ne peut pas être modifiée : %2 %3</translation>
    </message>
    <message>
        <source>%1 (the %2)</source>
        <translation>%1 (fiche %2)</translation>
    </message>
    <message>
        <source>cannot be set on many %1 records at once (no field of theirs can)</source>
        <translation>modification impossible sur plusieurs fiches %1 à la fois (aucun de leurs champs ne le permet)</translation>
    </message>
    <message>
        <source>cannot be set on many %1 records at once (these can: %2)</source>
        <translation>modification impossible sur plusieurs fiches %1 à la fois (champs possibles : %2)</translation>
    </message>
    <message>
        <source>is not a field of %1 (these can be set on many at once: %2)</source>
        <translation>n&apos;est pas un champ des fiches %1 (champs modifiables sur plusieurs fiches à la fois : %2)</translation>
    </message>
    <message>
        <source>There is no %1 %2; nothing was changed.</source>
        <translation>Il n&apos;existe pas de fiche %1 %2 ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The %1 is in the Trash; nothing was changed.</source>
        <translation>La fiche %1 est dans la Corbeille ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The %1 was changed since its %2 was set; nothing was undone.</source>
        <translation>La fiche %1 a été modifiée depuis que son champ %2 a été défini ; rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <source>The %1 was deleted since its %2 was set; nothing was undone.</source>
        <translation>La fiche %1 a été supprimée depuis que son champ %2 a été défini ; rien n&apos;a été annulé.</translation>
    </message>
</context>
<context>
    <name>crm::CalendarExport</name>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Rendez-vous avec %1</translation>
    </message>
    <message>
        <source>Mission: %1</source>
        <translation>Mission : %1</translation>
    </message>
</context>
<context>
    <name>crm::CodeLabels</name>
    <message>
        <source>Family name first (山田 太郎)</source>
        <translation>Nom de famille d&apos;abord (山田 太郎)</translation>
    </message>
    <message>
        <source>Given name first (Mohamed Hassani)</source>
        <translation>Prénom d&apos;abord (Mohamed Hassani)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Alumnus</source>
        <translation>Ancien délégué</translation>
    </message>
    <message>
        <source>Programme stay</source>
        <translation>Séjour du programme</translation>
    </message>
    <message>
        <source>Investor mission</source>
        <translation>Mission d&apos;investisseurs</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Séminaire</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>Salon professionnel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>ITPO</source>
        <translation>ITPO Tokyo</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investisseur</translation>
    </message>
    <message>
        <source>On the mission</source>
        <translation>Membre de la mission</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>Visit / mission</source>
        <translation>Visite / mission</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>En activité</translation>
    </message>
    <message>
        <source>Aftercare / expansion</source>
        <translation>Suivi post-investissement</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Facilitation</source>
        <translation>Facilitation</translation>
    </message>
    <message>
        <source>Implementation support</source>
        <translation>Appui à la mise en œuvre</translation>
    </message>
    <message>
        <source>Capital expenditure</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>Direct jobs</source>
        <translation>Emplois directs</translation>
    </message>
    <message>
        <source>Jobs held by women</source>
        <translation>Emplois occupés par des femmes</translation>
    </message>
    <message>
        <source>Local managers</source>
        <translation>Cadres locaux</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportations</translation>
    </message>
    <message>
        <source>Local suppliers</source>
        <translation>Fournisseurs locaux</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Agroalimentaire</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automobile</translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation>Textile</translation>
    </message>
    <message>
        <source>Renewable energy</source>
        <translation>Énergies renouvelables</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Transport et logistique</translation>
    </message>
    <message>
        <source>Aerospace</source>
        <translation>Aéronautique</translation>
    </message>
</context>
<context>
    <name>crm::ContactCards</name>
    <message>
        <source>only contacts and delegates can be written as business cards</source>
        <translation>seuls les contacts et les délégués peuvent être exportés en cartes de visite</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>crm::Dashboard</name>
    <message>
        <source>1–7 days</source>
        <translation>1–7 jours</translation>
    </message>
    <message>
        <source>8–30 days</source>
        <translation>8–30 jours</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 jours</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
    <message>
        <source>A year&apos;s bars count the deals that moved or reported figures that year, with the latest figures of that year: a deal active in several years counts in each.</source>
        <translation>Les barres d&apos;une année comptent les projets qui ont changé d&apos;étape ou déclaré des chiffres cette année-là, avec les derniers chiffres de l&apos;année : un projet actif sur plusieurs années compte dans chacune.</translation>
    </message>
</context>
<context>
    <name>crm::Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a Delegates CRM database. It has been left as it is; to create a new database, give a path that does not exist yet.</source>
        <translation>%1 est un fichier vide (0 octet), pas une base de données Delegates CRM. Il a été laissé tel quel ; pour créer une nouvelle base de données, indiquez un chemin qui n&apos;existe pas encore.</translation>
    </message>
    <message>
        <source>%1 is not a Delegates CRM database (it is not an SQLite file). It has been left as it is.</source>
        <translation>%1 n&apos;est pas une base de données Delegates CRM (ce n&apos;est pas un fichier SQLite). Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2). Delegates CRM does not write to a database over the network: SQLite&apos;s write-ahead log needs memory shared between the programs using the file, which network file systems do not provide, and the file could be damaged. Keep the database on this computer&apos;s own disk and exchange changes with sync packages, or work on the office server&apos;s copy from the office server itself. The file can still be opened read-only.</source>
        <translation>%1 se trouve sur un système de fichiers réseau (%2). Delegates CRM n&apos;écrit pas dans une base de données à travers le réseau : le journal WAL de SQLite exige une mémoire partagée entre les programmes qui utilisent le fichier, ce que les systèmes de fichiers réseau ne fournissent pas, et le fichier pourrait être endommagé. Gardez la base de données sur le disque de cet ordinateur et échangez les modifications par paquets de synchronisation, ou travaillez sur la copie du serveur du bureau depuis ce serveur lui-même. Le fichier peut tout de même être ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 can only be read: %2. Delegates CRM writes to its database: copy the file to a folder you can write to, or ask for write access.</source>
        <translation>%1 est en lecture seule : %2. Delegates CRM écrit dans sa base de données : copiez le fichier dans un dossier où vous pouvez écrire, ou demandez un accès en écriture.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Delegates CRM database.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas une base de données Delegates CRM.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite file, not a Delegates CRM database. It has been left as it is; to create a new database, give a path that does not exist yet.</source>
        <translation>%1 est un fichier SQLite vide, pas une base de données Delegates CRM. Il a été laissé tel quel ; pour créer une nouvelle base de données, indiquez un chemin qui n&apos;existe pas encore.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Delegates CRM (schema %2; this version reads up to schema %3). It has not been changed; please update the application.</source>
        <translation>%1 a été écrit par une version plus récente de Delegates CRM (schéma %2 ; cette version lit jusqu&apos;au schéma %3). Il n&apos;a pas été modifié ; veuillez mettre à jour l&apos;application.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Delegates CRM (schema %2) and must be upgraded before it can be read: %3</source>
        <translation>%1 a été écrit par une version antérieure de Delegates CRM (schéma %2) et doit être mis à niveau avant de pouvoir être lu : %3</translation>
    </message>
    <message>
        <source>Cannot read whether %1 changed.</source>
        <translation>Impossible de savoir si %1 a changé.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité : %1</translation>
    </message>
    <message>
        <source>Broken link: a row of %1 refers to a missing row of %2</source>
        <translation>Lien rompu : une ligne de %1 renvoie à une ligne absente de %2</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2</source>
        <translation>Version du schéma %1, %2 attendue</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was read from it. Run &quot;delegates-crm-cli check&quot; on it, and restore a backup if the check finds problems.</source>
        <translation>%1 est endommagé (%2). Rien de plus n&apos;y a été lu. Lancez &quot;delegates-crm-cli check&quot; sur ce fichier, et restaurez une sauvegarde si la vérification trouve des problèmes.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 free; free at least %3 and try again). Nothing was changed.</source>
        <translation>Le disque contenant %1 est plein (%2 libres ; libérez au moins %3 et réessayez). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is read-only (%2): it can be read but not changed. Copy it to a folder you can write to, or ask for write access.</source>
        <translation>%1 est en lecture seule (%2) : il peut être lu mais pas modifié. Copiez-le dans un dossier où vous pouvez écrire, ou demandez un accès en écriture.</translation>
    </message>
    <message>
        <source>Permission denied for %1 (%2): ask for access to the file and its folder.</source>
        <translation>Accès refusé à %1 (%2) : demandez l&apos;accès au fichier et à son dossier.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Delegates CRM window or command, or a backup tool): try again once it has finished.</source>
        <translation>%1 est verrouillé par un autre programme (une autre fenêtre ou commande Delegates CRM, ou un outil de sauvegarde) : réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2): check that the file and its folder exist and that you may read them.</source>
        <translation>Impossible d&apos;ouvrir %1 (%2) : vérifiez que le fichier et son dossier existent et que vous avez le droit de les lire.</translation>
    </message>
    <message>
        <source>Could not read or write %1 (%2): the disk may be failing, full or disconnected. Run &quot;delegates-crm-cli check&quot; once it is back.</source>
        <translation>Impossible de lire ou d&apos;écrire %1 (%2) : le disque est peut-être défaillant, plein ou déconnecté. Lancez &quot;delegates-crm-cli check&quot; quand il sera de nouveau disponible.</translation>
    </message>
    <message>
        <source>Not enough memory to work on %1.</source>
        <translation>Mémoire insuffisante pour travailler sur %1.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Erreur de base de données dans %1 : %2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not copy the database to %1: %2</source>
        <translation>Impossible de copier la base de données vers %1 : %2</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>FUSE (sshfs or another user-space file system)</source>
        <translation>FUSE (sshfs ou un autre système de fichiers en espace utilisateur)</translation>
    </message>
    <message>
        <source>it is on read-only media (a disc, a write-protected stick or a read-only mount)</source>
        <translation>il se trouve sur un support en lecture seule (disque optique, clé protégée en écriture ou montage en lecture seule)</translation>
    </message>
    <message>
        <source>the file is read-only for you</source>
        <translation>le fichier est en lecture seule pour vous</translation>
    </message>
    <message>
        <source>its folder is read-only for you, and the database keeps its journal beside the file</source>
        <translation>son dossier est en lecture seule pour vous, et la base de données garde son journal à côté du fichier</translation>
    </message>
    <message>
        <source>%1 (FUSE)</source>
        <translation>%1 (FUSE)</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>un partage réseau</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>un lecteur réseau</translation>
    </message>
</context>
<context>
    <name>crm::Deal</name>
    <message>
        <source>is required when a deal is lost</source>
        <translation>est obligatoire quand un projet est perdu</translation>
    </message>
    <message>
        <source>must not be before the previous stage change</source>
        <translation>ne doit pas précéder le changement d&apos;étape précédent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (at most %3 decimals)</source>
        <translation>&quot;%1&quot; n&apos;est pas un montant en %2 (%3 décimales au plus)</translation>
    </message>
</context>
<context>
    <name>crm::DealImpact</name>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>value · as-of month</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>realised as a percentage of announced</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>planned only</source>
        <translation>prévu seulement</translation>
    </message>
    <message>
        <source>nothing announced</source>
        <translation>rien d&apos;annoncé</translation>
    </message>
    <message>
        <source>not realised yet</source>
        <translation>pas encore réalisé</translation>
    </message>
    <message>
        <source>announced zero</source>
        <translation>zéro annoncé</translation>
    </message>
    <message>
        <source>%1 vs %2, not converted</source>
        <comment>realised currency vs announced currency</comment>
        <translation>%1 contre %2, non converti</translation>
    </message>
</context>
<context>
    <name>crm::DocumentWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>printing needs a QGuiApplication</source>
        <translation>l&apos;impression nécessite une QGuiApplication</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>le PDF n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>crm::DuplicateFinder</name>
    <message>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>même site web</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>name is an alias</source>
        <translation>nom figurant parmi les autres noms</translation>
    </message>
</context>
<context>
    <name>crm::Investor</name>
    <message>
        <source>a company cannot be its own parent</source>
        <translation>une société ne peut pas être sa propre société mère</translation>
    </message>
</context>
<context>
    <name>crm::ListExport</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>crm::MapReader</name>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>doit être une date écrite YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known</source>
        <translation>doit être une date écrite YYYY-MM-DD, ou YYYY-MM ou YYYY quand seul le mois ou l&apos;année est connu</translation>
    </message>
    <message>
        <source>must be a date and time with a UTC offset, like 2024-05-10T10:00:00+09:00</source>
        <translation>doit être une date et une heure avec un décalage UTC, comme 2024-05-10T10:00:00+09:00</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>la valeur est trop grande</translation>
    </message>
    <message>
        <source>must be a whole number written without quotes (5, not &quot;5&quot;)</source>
        <translation>doit être un nombre entier écrit sans guillemets (5, et non &quot;5&quot;)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation>doit être une liste d&apos;objets</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>n&apos;est pas un champ connu</translation>
    </message>
</context>
<context>
    <name>crm::Merges</name>
    <message>
        <source>%1 is a %2, not a %3: only records of one kind can be merged.</source>
        <translation>%1 est une fiche %2, et non %3 : seules des fiches d&apos;un même type peuvent être fusionnées.</translation>
    </message>
    <message>
        <source>The %1 %2 was already merged into %3.</source>
        <translation>La fiche %1 %2 a déjà été fusionnée dans %3.</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Il n&apos;existe pas de fiche %1 d&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is in the Trash; restore it before merging.</source>
        <translation>« %1 » (%2) est dans la Corbeille ; restaurez cette fiche avant de fusionner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed elsewhere since you looked at it; look at it again before merging.</source>
        <translation>La fiche « %1 » a été modifiée ailleurs depuis que vous l&apos;avez consultée ; consultez-la de nouveau avant de fusionner.</translation>
    </message>
    <message>
        <source>Choose the %1 to keep.</source>
        <translation>Choisissez la fiche %1 à conserver.</translation>
    </message>
    <message>
        <source>Choose at least one other %1 to merge into %2.</source>
        <translation>Choisissez au moins une autre fiche %1 à fusionner dans %2.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be merged with itself.</source>
        <translation>La fiche %1 %2 ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the officer making this change and cannot be merged away; keep it instead.</source>
        <translation>« %1 » est le chargé de promotion qui effectue cette modification et ne peut pas disparaître dans une fusion ; conservez plutôt cette fiche.</translation>
    </message>
    <message>
        <source>%1: %2 is listed in more than one record; kept once.</source>
        <translation>%1 : %2 figure dans plusieurs fiches ; une seule occurrence est conservée.</translation>
    </message>
    <message>
        <source>%1 must be unique: the kept record keeps &quot;%2&quot;; &quot;%3&quot; goes with the merged record.</source>
        <translation>%1 doit être unique : la fiche conservée garde &quot;%2&quot; ; &quot;%3&quot; part avec la fiche fusionnée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would link to itself in %2: cleared.</source>
        <translation>La fiche « %1 » serait liée à elle-même dans %2 : champ vidé.</translation>
    </message>
    <message>
        <source>Names of the merged records become aliases: %1.</source>
        <translation>Les noms des fiches fusionnées deviennent d&apos;autres noms : %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists %2 twice in %3: kept once.</source>
        <translation>La fiche « %1 » mentionne %2 deux fois dans %3 : une seule occurrence est conservée.</translation>
    </message>
    <message>
        <source>is not a field of %1</source>
        <translation>n&apos;est pas un champ des fiches %1</translation>
    </message>
    <message>
        <source>The links of &quot;%1&quot; could not be moved to &quot;%2&quot;, so nothing was merged: %3</source>
        <translation>Les liens de « %1 » n&apos;ont pas pu être déplacés vers « %2 » ; rien n&apos;a donc été fusionné : %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot take the merged values, so nothing was merged: %2</source>
        <translation>« %1 » ne peut pas recevoir les valeurs fusionnées ; rien n&apos;a donc été fusionné : %2</translation>
    </message>
    <message>
        <source>The %1 %2 the records were merged into is gone; the merge cannot be undone.</source>
        <translation>La fiche %1 %2 dans laquelle les fiches ont été fusionnées n&apos;existe plus ; la fusion ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since the merge; undoing the merge would lose that change, so nothing was undone.</source>
        <translation>La fiche « %1 » a changé depuis la fusion ; annuler la fusion ferait perdre cette modification, rien n&apos;a donc été annulé.</translation>
    </message>
    <message>
        <source>The %1 %2 is no longer merged into &quot;%3&quot;; nothing was undone.</source>
        <translation>La fiche %1 %2 n&apos;est plus fusionnée dans « %3 » ; rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, whose links the merge moved, changed since; undoing the merge would lose that change, so nothing was undone.</source>
        <translation>La fiche « %1 », dont la fusion a déplacé les liens, a changé depuis ; annuler la fusion ferait perdre cette modification, rien n&apos;a donc été annulé.</translation>
    </message>
</context>
<context>
    <name>crm::Officer</name>
    <message>
        <source>must be 1 to 5 letters</source>
        <translation>doit compter de 1 à 5 lettres</translation>
    </message>
</context>
<context>
    <name>crm::PersonName</name>
    <message>
        <source>must be family_first or given_first</source>
        <translation>doit valoir family_first ou given_first</translation>
    </message>
    <message>
        <source>is required (a family name or a given name)</source>
        <translation>est obligatoire (un nom de famille ou un prénom)</translation>
    </message>
</context>
<context>
    <name>crm::Pipeline</name>
    <message>
        <source>The date is before the deal was recorded (%1).</source>
        <translation>La date précède l&apos;enregistrement du projet (%1).</translation>
    </message>
    <message>
        <source>The date is after today (%1).</source>
        <translation>La date est postérieure à aujourd&apos;hui (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal stage</source>
        <translation>&quot;%1&quot; n&apos;est pas une étape de projet</translation>
    </message>
    <message>
        <source>is already %1</source>
        <translation>est déjà à l&apos;étape %1</translation>
    </message>
    <message>
        <source>is required when a deal is lost</source>
        <translation>est obligatoire quand un projet est perdu</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must not be before the previous stage change (%1)</source>
        <translation>ne doit pas précéder le changement d&apos;étape précédent (%1)</translation>
    </message>
</context>
<context>
    <name>crm::ProgrammeReport</name>
    <message>
        <source>must be a year between 1950 and 2100</source>
        <translation>doit être une année comprise entre 1950 et 2100</translation>
    </message>
    <message>
        <source>must not be before the first year</source>
        <translation>ne doit pas précéder la première année</translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation>n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>is not an ISO 3166 country code</source>
        <translation>n&apos;est pas un code de pays ISO 3166</translation>
    </message>
    <message>
        <source>A deal credited to several delegates or missions counts once in the totals and in each country and sector line, and once for each delegate or mission in the per-delegate and per-mission tables, so those tables add up to more than the totals.</source>
        <translation>Un projet crédité à plusieurs délégués ou missions compte une fois dans les totaux et dans chaque ligne de pays et de secteur, et une fois pour chaque délégué ou mission dans les tableaux par délégué et par mission : la somme de ces tableaux dépasse donc les totaux.</translation>
    </message>
    <message>
        <source>Impact: for each deal, the latest announced and the latest realised figure dated within the period (figures are cumulative); planned figures and lost deals add nothing. Capex is converted with the officers&apos; yearly average rate of the figure&apos;s year; an amount whose rate is missing is shown unconverted in its own currency.</source>
        <translation>Retombées : pour chaque projet, le dernier chiffre annoncé et le dernier chiffre réalisé datés dans la période (les chiffres sont cumulés) ; les chiffres prévus et les projets perdus ne comptent pas. L&apos;investissement est converti au taux moyen annuel des chargés de promotion pour l&apos;année du chiffre ; un montant dont le taux manque est affiché non converti, dans sa propre devise.</translation>
    </message>
</context>
<context>
    <name>crm::ProgrammeReportExport</name>
    <message>
        <source>+ %1 not converted</source>
        <translation>+ %1 non converti</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Jobs announced</source>
        <translation>Emplois annoncés</translation>
    </message>
    <message>
        <source>Jobs realised</source>
        <translation>Emplois réalisés</translation>
    </message>
    <message>
        <source>Capex announced (%1)</source>
        <translation>Investissement annoncé (%1)</translation>
    </message>
    <message>
        <source>Capex realised (%1)</source>
        <translation>Investissement réalisé (%1)</translation>
    </message>
    <message>
        <source>(%1 lost)</source>
        <translation>(perdus : %1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Programme report %1</source>
        <translation>Rapport du programme %1</translation>
    </message>
    <message>
        <source>UNIDO ITPO Japan, Delegates Programme · amounts in %1</source>
        <translation>ONUDI ITPO Tokyo, Programme des délégués · montants en %1</translation>
    </message>
    <message>
        <source>Nothing was recorded for this period: no delegate hosted, no meeting, no mission and no deal.</source>
        <translation>Rien n&apos;a été enregistré pour cette période : aucun délégué accueilli, aucun rendez-vous, aucune mission et aucun projet.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s) hosted</source>
        <translation>
            <numerusform>%n délégué accueilli</numerusform>
            <numerusform>%n délégués accueillis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held</source>
        <translation>
            <numerusform>%n rendez-vous tenu</numerusform>
            <numerusform>%n rendez-vous tenus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mission(s)</source>
        <translation>
            <numerusform>%n mission</numerusform>
            <numerusform>%n missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing exchange rates:</source>
        <translation>Taux de change manquants :</translation>
    </message>
    <message>
        <source>The amounts that need them are shown unconverted.</source>
        <translation>Les montants qui en ont besoin sont affichés non convertis.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Retombées</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation>Projets par étape</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>By host country</source>
        <translation>Par pays d&apos;accueil</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>By delegate</source>
        <translation>Par délégué</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>By mission</source>
        <translation>Par mission</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Delegates hosted</source>
        <translation>Délégués accueillis</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Séjours</translation>
    </message>
    <message>
        <source>Meetings by investor sector</source>
        <translation>Rendez-vous par secteur d&apos;investisseur</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
</context>
<context>
    <name>crm::RateStore</name>
    <message>
        <source>USD is the base of the rates (always 1 per US dollar)</source>
        <translation>l&apos;USD est la base des taux (toujours 1 par dollar US)</translation>
    </message>
    <message>
        <source>is not an ISO 4217 currency code</source>
        <translation>n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>must be between 1950 and 2100</source>
        <translation>doit se situer entre 1950 et 2100</translation>
    </message>
    <message>
        <source>must be a positive number with at most 8 decimals</source>
        <translation>doit être un nombre positif de 8 décimales au plus</translation>
    </message>
    <message>
        <source>There is no %1 rate for %2.</source>
        <translation>Il n&apos;existe pas de taux %1 pour %2.</translation>
    </message>
</context>
<context>
    <name>crm::RecordQuery</name>
    <message>
        <source>is not a field of %1</source>
        <translation>n&apos;est pas un champ des fiches %1</translation>
    </message>
</context>
<context>
    <name>crm::RecordStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid, unique element id</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant d&apos;élément valide et unique</translation>
    </message>
    <message>
        <source>there is no %1 with id %2</source>
        <translation>il n&apos;existe pas de fiche %1 d&apos;identifiant %2</translation>
    </message>
    <message>
        <source>the %1 %2 is in the Trash</source>
        <translation>la fiche %1 %2 est dans la Corbeille</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of an element of another %2</source>
        <translation>&quot;%1&quot; est déjà l&apos;identifiant d&apos;un élément d&apos;une autre fiche %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another %2</source>
        <translation>&quot;%1&quot; est déjà utilisé par une autre fiche %2</translation>
    </message>
    <message>
        <source>Only records in the Trash can be purged; move this %1 to the Trash first.</source>
        <translation>Seules les fiches de la Corbeille peuvent être supprimées définitivement ; placez d&apos;abord cette fiche %1 dans la Corbeille.</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 record(s)</source>
        <translation>
            <numerusform>%n fiche %1</numerusform>
            <numerusform>%n fiches %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This %1 cannot be purged: %2 still refer to it. Purge or change them first.</source>
        <translation>Cette fiche %1 ne peut pas être supprimée définitivement : elle est encore référencée par %2. Supprimez définitivement ou modifiez d&apos;abord ces fiches.</translation>
    </message>
    <message>
        <source>The package gives %1 &quot;%2&quot; to &quot;%3&quot;, but &quot;%4&quot; here already has it. Change it on one side and export again; nothing was imported.</source>
        <translation>Le paquet attribue %1 &quot;%2&quot; à « %3 », mais « %4 » l&apos;a déjà ici. Modifiez cette valeur d&apos;un côté et exportez de nouveau ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be merged into itself.</source>
        <translation>La fiche %1 %2 ne peut pas être fusionnée dans elle-même.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot come back from a merge: a record with its id exists.</source>
        <translation>La fiche %1 %2 ne peut pas revenir d&apos;une fusion : une fiche avec son identifiant existe.</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Il n&apos;existe pas de fiche %1 d&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>is not a field of %1</source>
        <translation>n&apos;est pas un champ des fiches %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid record id (a UUID)</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant de fiche valide (un UUID)</translation>
    </message>
    <message>
        <source>a %1 with this id already exists</source>
        <translation>une fiche %1 avec cet identifiant existe déjà</translation>
    </message>
    <message>
        <source>This %1 is in the Trash; restore it before editing.</source>
        <translation>Cette fiche %1 est dans la Corbeille ; restaurez-la avant de la modifier.</translation>
    </message>
    <message>
        <source>%1 takes part in sync, but it was opened without its sync log, so this change would never reach the other copies. Nothing was saved; open the file with Delegates CRM or its command-line tool.</source>
        <translation>%1 participe à la synchronisation, mais il a été ouvert sans son journal de synchronisation : cette modification n&apos;atteindrait jamais les autres copies. Rien n&apos;a été enregistré ; ouvrez le fichier avec Delegates CRM ou son outil en ligne de commande.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2</source>
        <translation>&quot;%1&quot; n&apos;est pas un champ des fiches %2</translation>
    </message>
</context>
<context>
    <name>crm::ReplicaPreparer</name>
    <message>
        <source>there is no mission with id %1</source>
        <translation>il n&apos;existe pas de mission d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>there is no delegate with id %1</source>
        <translation>il n&apos;existe pas de délégué d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code like MA</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de pays comme MA</translation>
    </message>
    <message>
        <source>The chosen records refer to a %1 outside the choice; the laptop copy was not written.</source>
        <translation>Les fiches choisies renvoient à une fiche %1 hors de la sélection ; la copie pour le portable n&apos;a pas été écrite.</translation>
    </message>
    <message>
        <source>must be between 1 and 200 characters</source>
        <translation>doit compter entre 1 et 200 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names a replica</source>
        <translation>&quot;%1&quot; est déjà le nom d&apos;une réplique</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 existe déjà ; choisissez un nouveau fichier</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>crm::SampleData</name>
    <message>
        <source>The sample dataset is only loaded into an empty database; %1 already holds records.</source>
        <translation>Le jeu de données d&apos;exemple n&apos;est chargé que dans une base de données vide ; %1 contient déjà des fiches.</translation>
    </message>
</context>
<context>
    <name>crm::StrictJson</name>
    <message>
        <source>no JSON value</source>
        <translation>aucune valeur JSON</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>contenu inattendu après la fin de la valeur JSON : %1</translation>
    </message>
    <message>
        <source>end of text</source>
        <translation>fin du texte</translation>
    </message>
    <message>
        <source>unexpected %1 where %2 was expected</source>
        <translation>attendu : %2 ; trouvé : %1</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>le texte se termine là où une valeur était attendue</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>valeur attendue ; trouvé : %1</translation>
    </message>
    <message>
        <source>unexpected %1 where a field name in double quotes was expected</source>
        <translation>nom de champ entre guillemets doubles attendu ; trouvé : %1</translation>
    </message>
    <message>
        <source>given twice in one object (first at line %1, column %2)</source>
        <translation>donné deux fois dans un même objet (la première fois ligne %1, colonne %2)</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>unknown word &quot;%1&quot; (JSON knows true, false and null, in lower case)</source>
        <translation>mot inconnu &quot;%1&quot; (JSON connaît true, false et null, en minuscules)</translation>
    </message>
    <message>
        <source>invalid number %1 (JSON numbers are written like 12, -3.5 or 1.5e3)</source>
        <translation>nombre non valide %1 (les nombres JSON s&apos;écrivent comme 12, -3.5 ou 1.5e3)</translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>le nombre %1 est hors limites</translation>
    </message>
    <message>
        <source>the text ends inside a string (a closing &quot; is missing)</source>
        <translation>le texte se termine dans une chaîne (il manque le &quot; fermant)</translation>
    </message>
    <message>
        <source>raw control character %1 inside a string; write it as %2</source>
        <translation>caractère de contrôle brut %1 dans une chaîne ; écrivez-le %2</translation>
    </message>
    <message>
        <source>(in a field name)</source>
        <translation>(dans un nom de champ)</translation>
    </message>
    <message>
        <source>invalid escape %1 (JSON allows \&quot; \\ \/ \b \f \n \r \t and \uXXXX)</source>
        <translation>séquence d&apos;échappement non valide %1 (JSON autorise \&quot; \\ \/ \b \f \n \r \t et \uXXXX)</translation>
    </message>
    <message>
        <source>\u%1 is the second half of a surrogate pair without its first half</source>
        <translation>\u%1 est la seconde moitié d&apos;une paire de substitution, sans sa première moitié</translation>
    </message>
    <message>
        <source>\u%1 is the first half of a surrogate pair without its second half</source>
        <translation>\u%1 est la première moitié d&apos;une paire de substitution, sans sa seconde moitié</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u doit être suivi de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>UTF-8 non valide (octet 0x%1)</translation>
    </message>
    <message>
        <source>a surrogate (%1) written as UTF-8 is not a character</source>
        <translation>un code de substitution (%1) écrit en UTF-8 n&apos;est pas un caractère</translation>
    </message>
    <message>
        <source>invalid UTF-8 (the text ends inside a character)</source>
        <translation>UTF-8 non valide (le texte se termine au milieu d&apos;un caractère)</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3 (byte offset %4)</source>
        <translation>%1 ligne %2, colonne %3 (position %4 en octets)</translation>
    </message>
    <message>
        <source>%1: %2 at line %3, column %4 (byte offset %5)</source>
        <translation>%1 : %2 ligne %3, colonne %4 (position %5 en octets)</translation>
    </message>
</context>
<context>
    <name>crm::SyncFields</name>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>est trop long</translation>
    </message>
    <message>
        <source>is not a single value</source>
        <translation>n&apos;est pas une valeur unique</translation>
    </message>
    <message>
        <source>must be a list element with a position</source>
        <translation>doit être un élément de liste avec une position</translation>
    </message>
    <message>
        <source>must hold text</source>
        <translation>doit contenir du texte</translation>
    </message>
    <message>
        <source>must have a row id (a lowercase UUID)</source>
        <translation>doit avoir un identifiant de ligne (un UUID en minuscules)</translation>
    </message>
    <message>
        <source>has an unknown field &quot;%1&quot;</source>
        <translation>a un champ inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a field of %1</source>
        <translation>n&apos;est pas un champ des fiches %1</translation>
    </message>
    <message>
        <source>must be a record id (a lowercase UUID) or null</source>
        <translation>doit être un identifiant de fiche (un UUID en minuscules) ou null</translation>
    </message>
</context>
<context>
    <name>crm::SyncMerger</name>
    <message>
        <source>is not a sync clock reading of the change&apos;s replica</source>
        <translation>n&apos;est pas une valeur de l&apos;horloge de synchronisation de la réplique de la modification</translation>
    </message>
    <message>
        <source>is not a record kind this version knows</source>
        <translation>n&apos;est pas un type de fiche connu de cette version</translation>
    </message>
    <message>
        <source>The package holds a change this database cannot take (%1: %2); nothing was imported.</source>
        <translation>Le paquet contient une modification que cette base de données ne peut pas accepter (%1 : %2) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package&apos;s change %1 reuses the number of change %2 of the same replica: the package was altered or its replica copied by hand. Nothing was imported.</source>
        <translation>La modification %1 du paquet réutilise le numéro de la modification %2 de la même réplique : le paquet a été altéré ou sa réplique copiée à la main. Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>crm::SyncPackage</name>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be create, update, delete or restore, not &quot;%1&quot;</source>
        <translation>doit valoir create, update, delete ou restore, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... et %1 de plus</translation>
    </message>
    <message>
        <source>%1 holds invalid changes:</source>
        <translation>%1 contient des modifications non valides :</translation>
    </message>
    <message>
        <source>must be a change id of at most %1 printable characters</source>
        <translation>doit être un identifiant de modification d&apos;au plus %1 caractères imprimables</translation>
    </message>
    <message>
        <source>must be a lowercase UUID</source>
        <translation>doit être un UUID en minuscules</translation>
    </message>
    <message>
        <source>must be a record kind name</source>
        <translation>doit être un nom de type de fiche</translation>
    </message>
    <message>
        <source>has a field name that is empty or longer than %1 characters</source>
        <translation>a un nom de champ vide ou de plus de %1 caractères</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation>doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>must map field names to lists of change ids</source>
        <translation>doit associer des noms de champs à des listes d&apos;identifiants de modifications</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>%1 is damaged: its changes are not valid JSON (%2).</source>
        <translation>%1 est endommagé : ses modifications ne sont pas du JSON valide (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its changes are not valid JSON.</source>
        <translation>%1 est endommagé : ses modifications ne sont pas du JSON valide.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>names an unknown cipher</source>
        <translation>désigne un algorithme de chiffrement inconnu</translation>
    </message>
    <message>
        <source>names an unknown key derivation</source>
        <translation>désigne une dérivation de clé inconnue</translation>
    </message>
    <message>
        <source>has settings this version does not accept</source>
        <translation>a des paramètres que cette version n&apos;accepte pas</translation>
    </message>
    <message>
        <source>must be empty in a package without changes</source>
        <translation>doit être vide dans un paquet sans modifications</translation>
    </message>
    <message>
        <source>must be a change id</source>
        <translation>doit être un identifiant de modification</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>doit valoir au moins 1</translation>
    </message>
    <message>
        <source>must hold a signature</source>
        <translation>doit contenir une signature</translation>
    </message>
    <message>
        <source>must map replica ids to sequence numbers</source>
        <translation>doit associer des identifiants de répliques à des numéros de séquence</translation>
    </message>
    <message>
        <source>must be a UTC date and time (ISO 8601)</source>
        <translation>doit être une date et une heure UTC (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid JSON (%2).</source>
        <translation>%1 est endommagé : son en-tête n&apos;est pas du JSON valide (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not a JSON object.</source>
        <translation>%1 est endommagé : son en-tête n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>must be absent from a package that is not encrypted</source>
        <translation>doit être absent d&apos;un paquet non chiffré</translation>
    </message>
    <message>
        <source>%1 has an invalid header:</source>
        <translation>%1 a un en-tête non valide :</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be Base64</source>
        <translation>doit être en Base64</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The sync package cannot be written:</source>
        <translation>Le paquet de synchronisation ne peut pas être écrit :</translation>
    </message>
    <message>
        <source>%1 uses an unknown sync package format (%2, version %3).</source>
        <translation>%1 utilise un format de paquet de synchronisation inconnu (%2, version %3).</translation>
    </message>
    <message>
        <source>%1 comes from a database with a newer schema (version %2; this version of Delegates CRM knows up to version %3). Update Delegates CRM on this computer before importing it.</source>
        <translation>%1 provient d&apos;une base de données au schéma plus récent (version %2 ; cette version de Delegates CRM connaît jusqu&apos;à la version %3). Mettez à jour Delegates CRM sur cet ordinateur avant de l&apos;importer.</translation>
    </message>
    <message>
        <source>%1 belongs to another database (%2, sent by %3), not to this one. A package can only be imported into a copy of the database it was exported from.</source>
        <translation>%1 appartient à une autre base de données (%2, envoyé par %3), pas à celle-ci. Un paquet ne peut être importé que dans une copie de la base de données dont il a été exporté.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter the passphrase it was exported with.</source>
        <translation>%1 est chiffré. Saisissez la phrase secrète utilisée lors de son exportation.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: it does not open %1.</source>
        <translation>La phrase secrète est incorrecte : elle n&apos;ouvre pas %1.</translation>
    </message>
    <message>
        <source>%1 was altered after it was exported: its contents fail authentication.</source>
        <translation>%1 a été altéré après son exportation : l&apos;authentification de son contenu échoue.</translation>
    </message>
    <message>
        <source>%1 is inconsistent: its header announces %2 changes (%3 to %4) but it holds %5 (%6 to %7).</source>
        <translation>%1 est incohérent : son en-tête annonce %2 modifications (%3 à %4) mais il en contient %5 (%6 à %7).</translation>
    </message>
    <message>
        <source>The %1 changes are too many for one sync package; export them in parts.</source>
        <translation>Les %1 modifications sont trop nombreuses pour un seul paquet de synchronisation ; exportez-les en plusieurs fois.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>The encryption library could not be initialised.</source>
        <translation>La bibliothèque de chiffrement n&apos;a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>The package&apos;s encryption settings are invalid.</source>
        <translation>Les paramètres de chiffrement du paquet ne sont pas valides.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>Mémoire insuffisante pour dériver la clé de la phrase secrète.</translation>
    </message>
    <message>
        <source>%1 is incomplete: the file ends after %2 of its %3 bytes. Copy the package again from the computer that exported it.</source>
        <translation>%1 est incomplet : le fichier se termine après %2 de ses %3 octets. Copiez de nouveau le paquet depuis l&apos;ordinateur qui l&apos;a exporté.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing arrived through %1 for %n second(s): no program is writing a sync package into it.</source>
        <translation>
            <numerusform>Rien n&apos;est arrivé par %1 pendant %n seconde : aucun programme n&apos;y écrit de paquet de synchronisation.</numerusform>
            <numerusform>Rien n&apos;est arrivé par %1 pendant %n secondes : aucun programme n&apos;y écrit de paquet de synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than any sync package can be.</source>
        <translation>%1 dépasse la taille maximale d&apos;un paquet de synchronisation.</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>Impossible de lire %1 : le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder.</source>
        <translation>Impossible de lire %1 : c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>%1 is not a Delegates CRM sync package.</source>
        <translation>%1 n&apos;est pas un paquet de synchronisation Delegates CRM.</translation>
    </message>
    <message>
        <source>%1 uses an unknown sync package format (version 0).</source>
        <translation>%1 utilise un format de paquet de synchronisation inconnu (version 0).</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Delegates CRM (package format %2), whose packages were not signed and could be altered on the way. Update Delegates CRM on the computer that exported it and export again.</source>
        <translation>%1 a été écrit par une version antérieure de Delegates CRM (format de paquet %2), dont les paquets n&apos;étaient pas signés et pouvaient être altérés en chemin. Mettez à jour Delegates CRM sur l&apos;ordinateur qui l&apos;a exporté et exportez de nouveau.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Delegates CRM (package format %2; this version reads format %3). Update Delegates CRM on this computer to import it.</source>
        <translation>%1 a été écrit par une version plus récente de Delegates CRM (format de paquet %2 ; cette version lit le format %3). Mettez à jour Delegates CRM sur cet ordinateur pour l&apos;importer.</translation>
    </message>
    <message>
        <source>%1 is damaged: it announces a header of %2 bytes, which no sync package has.</source>
        <translation>%1 est endommagé : il annonce un en-tête de %2 octets, ce qu&apos;aucun paquet de synchronisation ne comporte.</translation>
    </message>
    <message>
        <source>%1 is damaged: it announces contents of %2 bytes, more than a sync package holds.</source>
        <translation>%1 est endommagé : il annonce un contenu de %2 octets, plus qu&apos;un paquet de synchronisation n&apos;en contient.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has %2 bytes after the end of the package.</source>
        <translation>%1 est endommagé : il comporte %2 octets après la fin du paquet.</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered: its signature does not match its contents.</source>
        <translation>%1 est endommagé ou a été altéré : sa signature ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>This database&apos;s sync signing key is damaged; prepare this replica again from the office database.</source>
        <translation>La clé de signature de synchronisation de cette base de données est endommagée ; préparez de nouveau cette réplique à partir de la base de données du bureau.</translation>
    </message>
</context>
<context>
    <name>crm::SyncStore</name>
    <message>
        <source>The sync data in this database is damaged: %1. Run check, or restore a backup.</source>
        <translation>Les données de synchronisation de cette base de données sont endommagées : %1. Lancez check, ou restaurez une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>crm::Synchronizer</name>
    <message>
        <source>must be between 1 and 200 characters</source>
        <translation>doit compter entre 1 et 200 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names the peer %2 (&quot;%3&quot;): choose another name</source>
        <translation>&quot;%1&quot; est déjà le nom de la réplique %2 (&quot;%3&quot;) : choisissez un autre nom</translation>
    </message>
    <message>
        <source>Several peers are named &quot;%1&quot;: %2. Give the replica id of the one you mean.</source>
        <translation>Plusieurs répliques s&apos;appellent &quot;%1&quot; : %2. Indiquez l&apos;identifiant de celle que vous visez.</translation>
    </message>
    <message>
        <source>This database has no peers yet: prepare a mission laptop from it, or import a package from one, first.</source>
        <translation>Cette base de données ne connaît encore aucune autre réplique : préparez d&apos;abord un portable de mission à partir d&apos;elle, ou importez un paquet venant d&apos;un portable.</translation>
    </message>
    <message>
        <source>There is no peer &quot;%1&quot;. Known peers: %2.</source>
        <translation>Il n&apos;existe pas de réplique &quot;%1&quot;. Répliques connues : %2.</translation>
    </message>
    <message>
        <source>is not a replica key: it is 44 characters of letters, digits, + and /, ending with =</source>
        <translation>n&apos;est pas une clé de réplique : une clé compte 44 caractères (lettres, chiffres, + et /) et se termine par =</translation>
    </message>
    <message>
        <source>This replica already holds another key for &quot;%1&quot;. A replica&apos;s key never changes: if that replica was set up again, prepare it again from here.</source>
        <translation>Cette réplique détient déjà une autre clé pour &quot;%1&quot;. La clé d&apos;une réplique ne change jamais : si cette réplique a été réinstallée, préparez-la de nouveau à partir d&apos;ici.</translation>
    </message>
    <message>
        <source>This package comes from another database (%1), not from a replica of this one; nothing was imported.</source>
        <translation>Ce paquet provient d&apos;une autre base de données (%1), pas d&apos;une réplique de celle-ci ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This package was written by a newer version of Delegates CRM (schema %1); update this one first. Nothing was imported.</source>
        <translation>Ce paquet a été écrit par une version plus récente de Delegates CRM (schéma %1) ; mettez d&apos;abord à jour celle-ci. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This package was written by this very replica (or by a copy of its file made by hand, which cannot sync: prepare mission laptops with Prepare Mission Laptop). Nothing was imported.</source>
        <translation>Ce paquet a été écrit par cette même réplique (ou par une copie de son fichier faite à la main, qui ne peut pas se synchroniser : préparez les portables de mission avec Préparer un portable de mission). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This package says it comes from %1 but is not signed with its key: it was forged or altered. Nothing was imported.</source>
        <translation>Ce paquet dit provenir de %1 mais n&apos;est pas signé avec sa clé : il a été falsifié ou altéré. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This package comes from %1, which this replica has not met, and was prepared by %2, which this replica holds no key for. Exchange packages through the replica that prepared it. Nothing was imported.</source>
        <translation>Ce paquet provient de %1, que cette réplique n&apos;a jamais rencontrée, et qui a été préparée par %2, pour laquelle cette réplique ne détient aucune clé. Échangez les paquets par l&apos;intermédiaire de la réplique qui a préparé %1. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This package comes from %1, whose key was not given to it by %2: it was forged. Nothing was imported.</source>
        <translation>Ce paquet provient de %1, dont la clé n&apos;a pas été transmise à cette réplique par %2 : il a été falsifié. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This replica holds no key for %1: it was prepared by an older version of Delegates CRM, before packages were signed. Prepare it again from this database, or have its officer read out its key (delegates-crm-cli replica key) and enter it here (delegates-crm-cli sync trust NAME KEY). Nothing was imported.</source>
        <translation>Cette réplique ne détient aucune clé pour %1 : celle-ci a été préparée par une version antérieure de Delegates CRM, avant que les paquets ne soient signés. Préparez-la de nouveau à partir de cette base de données, ou demandez à son chargé de promotion de vous lire sa clé (delegates-crm-cli replica key) et saisissez-la ici (delegates-crm-cli sync trust NAME KEY). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This package from %1 is addressed to no replica, so it cannot be imported into this one, %2. Nothing was imported.</source>
        <translation>Ce paquet de %1 n&apos;est adressé à aucune réplique : il ne peut donc pas être importé dans celle-ci, %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This package from %1 is addressed to %2, not to this replica, %3. Import it there. Nothing was imported.</source>
        <translation>Ce paquet de %1 est adressé à %2, pas à cette réplique, %3. Importez-le là-bas. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This package&apos;s sender (%1) is named &quot;%2&quot;, like another peer of this replica (%3). Rename one of them and export again. Nothing was imported.</source>
        <translation>L&apos;expéditeur de ce paquet (%1) s&apos;appelle &quot;%2&quot;, comme une autre réplique connue de celle-ci (%3). Renommez l&apos;une des deux et exportez de nouveau. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This package&apos;s sender (%1) is named &quot;%2&quot;, the name of this replica. Rename one of them (delegates-crm-cli replica name --set) and export again. Nothing was imported.</source>
        <translation>L&apos;expéditeur de ce paquet (%1) s&apos;appelle &quot;%2&quot;, comme cette réplique. Renommez l&apos;une des deux (delegates-crm-cli replica name --set) et exportez de nouveau. Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>crm::Timeline</name>
    <message>
        <source>Programme stay</source>
        <translation>Séjour du programme</translation>
    </message>
    <message>
        <source>Career position</source>
        <translation>Poste occupé</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Étape du projet</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Retombées</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Échéance de suivi</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Suivi effectué</translation>
    </message>
    <message>
        <source>Contact joined</source>
        <translation>Arrivée d&apos;un contact</translation>
    </message>
    <message>
        <source>Contact left</source>
        <translation>Départ d&apos;un contact</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>Arrivée de %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Départ de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>investor name (its Latin-script name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>crm::TimelineExport</name>
    <message>
        <source>since %1</source>
        <comment>an open span: a current position</comment>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a span from a date to a date</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>↩ setback</source>
        <translation>↩ recul</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>years, months</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>imprimé le %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Aucun événement.</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>Chronologie : %1</translation>
    </message>
</context>
<context>
    <name>crm::Validator</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>ne doit pas dépasser %1 caractères</translation>
    </message>
    <message>
        <source>is required (an ISO 3166 country code such as MA or JP)</source>
        <translation>est obligatoire (un code de pays ISO 3166 comme MA ou JP)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (such as MA or JP)</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de pays ISO 3166 (comme MA ou JP)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (such as USD or JPY)</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de devise ISO 4217 (comme USD ou JPY)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sector (one of %2)</source>
        <translation>&quot;%1&quot; n&apos;est pas un secteur (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse électronique valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address starting with http:// or https://</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse web commençant par http:// ou https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant de fiche</translation>
    </message>
    <message>
        <source>is required (one of %1)</source>
        <translation>est obligatoire (valeurs possibles : %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ne fait pas partie des valeurs possibles : %2</translation>
    </message>
    <message>
        <source>must not be before the start (%1)</source>
        <translation>ne doit pas précéder le début (%1)</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>la valeur ne doit pas être négative</translation>
    </message>
</context>
<context>
    <name>crm::catalogue::FieldCodec</name>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (at most %3 decimals)</source>
        <translation>&quot;%1&quot; n&apos;est pas un montant en %2 (%3 décimales au plus)</translation>
    </message>
    <message>
        <source>is required for a money figure (%1)</source>
        <translation>est obligatoire pour un montant (%1)</translation>
    </message>
    <message>
        <source>must be empty: %1 is a count, not money</source>
        <translation>doit être vide : %1 est un nombre, pas un montant</translation>
    </message>
    <message>
        <source>is required (the record this is about)</source>
        <translation>est obligatoire (la fiche concernée)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record kind</source>
        <translation>&quot;%1&quot; n&apos;est pas un type de fiche</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone (such as Asia/Tokyo)</source>
        <translation>&quot;%1&quot; n&apos;est pas un fuseau horaire (comme Asia/Tokyo)</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>doit se situer entre %1 et %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::Arguments</name>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>unknown option --%1 for %2</source>
        <translation>option inconnue --%1 pour %2</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>l&apos;option --%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>l&apos;option --%1 demande une valeur</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; for %2</source>
        <translation>argument inattendu &quot;%1&quot; pour %2</translation>
    </message>
    <message>
        <source>%1 needs an action</source>
        <translation>%1 demande une action</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 demande %2</translation>
    </message>
    <message>
        <source>%1 needs the option --%2</source>
        <translation>%1 demande l&apos;option --%2</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang: use one of %2</source>
        <extracomment>%1 is what was given, %2 the languages there are (&quot;en, ja, fr&quot;)</extracomment>
        <translation>langue inconnue « %1 » pour --lang : utilisez l&apos;une de %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::BackupCommands</name>
    <message>
        <source>restoring: %1%</source>
        <translation>restauration : %1 %</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 restauré à partir de %2.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>Le fichier remplacé est conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>backing up: %1%</source>
        <translation>sauvegarde : %1 %</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 sauvegardé dans %2.</translation>
    </message>
    <message>
        <source>No backups of %1 in %2.</source>
        <translation>Aucune sauvegarde de %1 dans %2.</translation>
    </message>
    <message>
        <source>restore %1 needs the ID of the record to bring back from the Trash</source>
        <translation>restore %1 demande l&apos;ID de la fiche à récupérer de la Corbeille</translation>
    </message>
</context>
<context>
    <name>crm::cli::BriefingCommand</name>
    <message>
        <source>briefing needs exactly one of --meeting, --investor, --delegate or --mission</source>
        <translation>briefing demande exactement une des options --meeting, --investor, --delegate ou --mission</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;</source>
        <translation>--lang doit valoir l&apos;une des valeurs %1, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::DatabaseCommands</name>
    <message>
        <source>generating: %1% (%2 of %3 records)</source>
        <translation>génération : %1 % (%2 fiches sur %3)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>upgraded from %1</source>
        <translation>mise à niveau depuis %1</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>base de données : %1</translation>
    </message>
    <message>
        <source>schema version: %1 (%2)</source>
        <translation>version du schéma : %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problème trouvé dans %1.</numerusform>
            <numerusform>%n problèmes trouvés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sample record(s) into %1.</source>
        <translation>
            <numerusform>%n fiche d&apos;exemple chargée dans %1.</numerusform>
            <numerusform>%n fiches d&apos;exemple chargées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>generate only fills an empty database; %1 already holds %n record(s).</source>
        <translation>
            <numerusform>generate ne remplit qu&apos;une base de données vide ; %1 contient déjà %n fiche.</numerusform>
            <numerusform>generate ne remplit qu&apos;une base de données vide ; %1 contient déjà %n fiches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated a dataset of scale %1 (seed %2) into %3.</source>
        <translation>Jeu de données d&apos;échelle %1 (graine %2) généré dans %3.</translation>
    </message>
</context>
<context>
    <name>crm::cli::DuplicatesCommand</name>
    <message>
        <source>duplicates are looked for among %1 only, not %2</source>
        <translation>les doublons ne sont recherchés que parmi les fiches %1, pas %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Group %1, score %2: %3</source>
        <translation>Groupe %1, score %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates</source>
        <translation>
            <numerusform>%n groupe de doublons probables</numerusform>
            <numerusform>%n groupes de doublons probables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::cli::ExportCommand</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>export writes one file: give one of --csv FILE, --xlsx FILE and --vcard FILE</source>
        <translation>export écrit un seul fichier : donnez une seule des options --csv FILE, --xlsx FILE et --vcard FILE</translation>
    </message>
    <message>
        <source>--vcard-version must be 3 or 4, not &quot;%1&quot;</source>
        <translation>--vcard-version doit valoir 3 ou 4, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not &quot;%2&quot;</source>
        <translation>--%1 doit être une date au format YYYY-MM-DD, YYYY-MM ou YYYY, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--sort: %1 has no field &quot;%2&quot;</source>
        <translation>--sort : les fiches %1 n&apos;ont pas de champ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--vcard writes contacts and delegates only, not %1</source>
        <translation>--vcard n&apos;écrit que des contacts et des délégués, pas des fiches %1</translation>
    </message>
    <message>
        <source>--vcard-version goes with --vcard</source>
        <translation>--vcard-version s&apos;utilise avec --vcard</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est postérieur à --to %2</translation>
    </message>
    <message>
        <source>--officer: there is no officer with the initials %1</source>
        <translation>--officer : aucun chargé de promotion n&apos;a les initiales %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::ImportCommands</name>
    <message>
        <source>--on-duplicate must be skip, update or create, not &quot;%1&quot;</source>
        <translation>--on-duplicate doit valoir skip, update ou create, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give --day-first or --month-first, not both</source>
        <translation>indiquez --day-first ou --month-first, pas les deux</translation>
    </message>
    <message>
        <source>the mapping names a column &quot;%1&quot; that the file does not have</source>
        <translation>la correspondance nomme une colonne &quot;%1&quot; que le fichier n&apos;a pas</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is not in the mapping and is skipped</source>
        <translation>la colonne &quot;%1&quot; n&apos;est pas dans la correspondance et est ignorée</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>row %1 (%2): %3</source>
        <translation>ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot; (%3): %4</source>
        <translation>ligne %1, colonne &quot;%2&quot; (%3) : %4</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>impossible de lire %1 : fichier introuvable</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message numerus="yes">
        <source>delegates-crm-cli: %n row(s) refused; nothing was written (--skip-refused leaves them out)</source>
        <translation>
            <numerusform>delegates-crm-cli : %n ligne refusée ; rien n&apos;a été écrit (--skip-refused l&apos;écarte)</numerusform>
            <numerusform>delegates-crm-cli : %n lignes refusées ; rien n&apos;a été écrit (--skip-refused les écarte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::JsonIo</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>%1 is empty; a JSON object ({...}) was expected</source>
        <translation>%1 est vide ; un objet JSON ({...}) était attendu</translation>
    </message>
    <message>
        <source>%1 holds a JSON array; one JSON object ({...}) was expected</source>
        <translation>%1 contient un tableau JSON ; un seul objet JSON ({...}) était attendu</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object ({...})</source>
        <translation>%1 ne contient pas d&apos;objet JSON ({...})</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON valide : %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::MergeCommand</name>
    <message numerus="yes">
        <source>Merged %n %1 record(s) into &quot;%2&quot; (%3):</source>
        <translation>
            <numerusform>%n fiche %1 fusionnée dans « %2 » (%3) :</numerusform>
            <numerusform>%n fiches %1 fusionnées dans « %2 » (%3) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Links moved: %1</source>
        <translation>Liens déplacés : %1</translation>
    </message>
    <message>
        <source>Rule applied: %1</source>
        <translation>Règle appliquée : %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::RateCommands</name>
    <message>
        <source>YEAR must be a year such as 2024, not &quot;%1&quot;</source>
        <translation>YEAR doit être une année comme 2024, et non &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>crm::cli::RecordCommands</name>
    <message>
        <source>is %1, but the record being updated is %2; ids cannot be changed</source>
        <translation>vaut %1, mais la fiche mise à jour est %2 ; les identifiants ne peuvent pas être modifiés</translation>
    </message>
    <message>
        <source>The %1 %2 is already in the Trash.</source>
        <translation>La fiche %1 %2 est déjà dans la Corbeille.</translation>
    </message>
    <message>
        <source>Moved the %1 %2 to the Trash.</source>
        <translation>Fiche %1 %2 placée dans la Corbeille.</translation>
    </message>
    <message>
        <source>The %1 %2 is not in the Trash; nothing to restore.</source>
        <translation>La fiche %1 %2 n&apos;est pas dans la Corbeille ; rien à restaurer.</translation>
    </message>
    <message>
        <source>Restored the %1 %2 from the Trash.</source>
        <translation>Fiche %1 %2 restaurée depuis la Corbeille.</translation>
    </message>
    <message>
        <source>Purged the %1 %2 for good.</source>
        <translation>Fiche %1 %2 supprimée définitivement.</translation>
    </message>
</context>
<context>
    <name>crm::cli::ReportCommand</name>
    <message>
        <source>--%1 must be a year such as 2024, not &quot;%2&quot;</source>
        <translation>--%1 doit être une année comme 2024, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est postérieur à --to %2</translation>
    </message>
    <message>
        <source>--json prints the report; it cannot be combined with --csv or --pdf</source>
        <translation>--json affiche le rapport ; il ne peut pas être combiné avec --csv ou --pdf</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::Run</name>
    <message>
        <source>Try &quot;%1 --help&quot; for more information.</source>
        <translation>Essayez &quot;%1 --help&quot; pour en savoir plus.</translation>
    </message>
    <message>
        <source>invalid data:</source>
        <translation>données non valides :</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::SearchCommand</name>
    <message>
        <source>unknown --kind &quot;%1&quot; (one of %2)</source>
        <translation>--kind inconnu &quot;%1&quot; (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>search needs some TEXT to look for</source>
        <translation>search demande un texte à rechercher (TEXT)</translation>
    </message>
</context>
<context>
    <name>crm::cli::Session</name>
    <message>
        <source>%1 does not exist. Create it with &quot;delegates-crm-cli init&quot;, or give another file with --db.</source>
        <translation>%1 n&apos;existe pas. Créez-le avec &quot;delegates-crm-cli init&quot;, ou indiquez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>there is no officer with the initials %1 in %2 (add one with &quot;add officer&quot;)</source>
        <translation>aucun chargé de promotion n&apos;a les initiales %1 dans %2 (ajoutez-en un avec &quot;add officer&quot;)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation>type inconnu &quot;%1&quot; (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>a whole number of at least %1</source>
        <translation>un nombre entier d&apos;au moins %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>--%1 must be %2, not &quot;%3&quot;</source>
        <translation>--%1 doit être %2, et non &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncCommands</name>
    <message>
        <source>field %1, edited on both sides:</source>
        <translation>champ %1, modifié des deux côtés :</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (actuelle)</translation>
    </message>
    <message>
        <source>moved to the Trash (%1) while edited elsewhere (%2)</source>
        <translation>placée dans la Corbeille (%1) pendant une modification ailleurs (%2)</translation>
    </message>
    <message>
        <source>edit: %1</source>
        <translation>modification : %1</translation>
    </message>
    <message>
        <source>--value is not one JSON value: %1 (text needs quotes: --value &apos;&quot;Rabat&quot;&apos;)</source>
        <translation>--value n&apos;est pas une valeur JSON unique : %1 (le texte demande des guillemets : --value &apos;&quot;Rabat&quot;&apos;)</translation>
    </message>
    <message>
        <source>the record %1 has no unresolved conflict (&quot;sync conflicts&quot; lists them)</source>
        <translation>la fiche %1 n&apos;a aucun conflit non résolu (&quot;sync conflicts&quot; les liste)</translation>
    </message>
    <message>
        <source>no conflict between a delete and edits</source>
        <translation>aucun conflit entre une suppression et des modifications</translation>
    </message>
    <message>
        <source>no conflict on the field %1</source>
        <translation>aucun conflit sur le champ %1</translation>
    </message>
    <message>
        <source>the record %1 has %2; resolve it with: %3</source>
        <translation>fiche %1 : %2 ; conflits à résoudre avec : %3</translation>
    </message>
    <message>
        <source>--keep must be a number from 1 to %1 (the values &quot;sync conflicts&quot; lists for %2), not &quot;%3&quot;</source>
        <translation>--keep doit être un nombre de 1 à %1 (les valeurs que &quot;sync conflicts&quot; liste pour %2), et non &quot;%3&quot;</translation>
    </message>
    <message>
        <source>sync export records in the database when it sent changes to the peer (and, the first time, this replica&apos;s signing key), but %1 can only be read here: %2. Export from the database the officers work on, or copy this file to a folder you can write to and export from the copy.</source>
        <translation>sync export enregistre dans la base de données l&apos;envoi des modifications à l&apos;autre réplique (et, la première fois, la clé de signature de cette réplique), mais %1 est ici en lecture seule : %2. Exportez depuis la base de données sur laquelle travaillent les chargés de promotion, ou copiez ce fichier dans un dossier où vous pouvez écrire et exportez depuis la copie.</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>Conflicts to review: %1 (see &quot;delegates-crm-cli sync conflicts&quot;).</source>
        <translation>Conflits à résoudre : %1 (voir &quot;delegates-crm-cli sync conflicts&quot;).</translation>
    </message>
    <message>
        <source>This replica: %1 (%2)</source>
        <translation>Cette réplique : %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Sync: off (it starts when a mission laptop is prepared with &quot;replica prepare&quot;)</source>
        <translation>Synchronisation : désactivée (elle démarre quand un portable de mission est préparé avec &quot;replica prepare&quot;)</translation>
    </message>
    <message>
        <source>Sync: on</source>
        <translation>Synchronisation : activée</translation>
    </message>
    <message>
        <source>Unresolved conflicts: %1</source>
        <translation>Conflits non résolus : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>last import: %1</source>
        <translation>dernière importation : %1</translation>
    </message>
    <message>
        <source>last export: %1</source>
        <translation>dernière exportation : %1</translation>
    </message>
    <message>
        <source>changes not yet acknowledged: %1</source>
        <translation>modifications sans accusé de réception : %1</translation>
    </message>
    <message>
        <source>sync resolve needs one decision: --field FIELD with --keep N or --value JSON, or --restore, or --keep-deleted</source>
        <translation>sync resolve demande une décision : --field FIELD avec --keep N ou --value JSON, ou --restore, ou --keep-deleted</translation>
    </message>
    <message>
        <source>sync resolve --field FIELD needs one of --keep N and --value JSON, not both</source>
        <translation>sync resolve --field FIELD demande --keep N ou --value JSON, pas les deux</translation>
    </message>
    <message>
        <source>The %1 stays in the Trash.</source>
        <translation>La fiche %1 reste dans la Corbeille.</translation>
    </message>
    <message>
        <source>Restored the %1 with its edits.</source>
        <translation>Fiche %1 restaurée avec ses modifications.</translation>
    </message>
    <message>
        <source>Resolved %1 of the %2: %3</source>
        <translation>Champ %1 de la fiche %2 résolu : %3</translation>
    </message>
    <message>
        <source>Export to the other replicas to share the decision.</source>
        <translation>Exportez vers les autres répliques pour partager la décision.</translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncReplicaCommands</name>
    <message>
        <source>%1 already exists; replica prepare writes a new file</source>
        <translation>%1 existe déjà ; replica prepare écrit un nouveau fichier</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>Prepared the replica &quot;%1&quot; in %2.</source>
        <translation>Réplique &quot;%1&quot; préparée dans %2.</translation>
    </message>
    <message>
        <source>--set needs a name that is not blank</source>
        <translation>--set demande un nom non vide</translation>
    </message>
    <message>
        <source>This replica now accepts packages signed with that key from %1.</source>
        <translation>Cette réplique accepte désormais les paquets de %1 signés avec cette clé.</translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncSupport</name>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1 : impossible de lire %2 : %3</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>--%1: %2 is empty; its first line must hold the passphrase</source>
        <translation>--%1 : %2 est vide ; sa première ligne doit contenir la phrase secrète</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1 : %2 %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>crm::cli::TimelineCommand</name>
    <message>
        <source>timeline takes one record: give only one of --delegate, --investor and --deal</source>
        <translation>timeline prend une seule fiche : donnez une seule des options --delegate, --investor et --deal</translation>
    </message>
    <message>
        <source>timeline needs a record: --delegate ID, --investor ID or --deal ID</source>
        <translation>timeline demande une fiche : --delegate ID, --investor ID ou --deal ID</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot; (one of %2)</source>
        <translation>--kind inconnu &quot;%1&quot; (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not &quot;%2&quot;</source>
        <translation>--%1 doit être une date au format YYYY-MM-DD, YYYY-MM ou YYYY, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est postérieur à --to %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>--json prints the events; it cannot be combined with --csv or --pdf</source>
        <translation>--json affiche les événements ; il ne peut pas être combiné avec --csv ou --pdf</translation>
    </message>
</context>
<context>
    <name>crm::cli::UpdateCommand</name>
    <message>
        <source>--%1 needs FIELD=VALUE, not &quot;%2&quot;</source>
        <translation>--%1 demande FIELD=VALUE, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>is true or false, not &quot;%1&quot;</source>
        <translation>doit valoir true ou false, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is a whole number, not &quot;%1&quot;</source>
        <translation>doit être un nombre entier, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>update --where changes the records it finds; leave out the ID &quot;%1&quot;</source>
        <translation>update --where modifie les fiches qu&apos;il trouve ; retirez l&apos;ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>update KIND needs both --where FIELD=VALUE and --set FIELD=VALUE</source>
        <translation>update KIND demande à la fois --where FIELD=VALUE et --set FIELD=VALUE</translation>
    </message>
    <message>
        <source>update --where takes --json alone (JSON output), not a file</source>
        <translation>update --where n&apos;accepte --json que seul (sortie JSON), pas avec un fichier</translation>
    </message>
    <message>
        <source>Would change %1 of %2 matching %3 records (%4 already so).</source>
        <translation>À modifier : %1 des %2 fiches %3 correspondantes (%4 ont déjà cette valeur).</translation>
    </message>
    <message>
        <source>Changed %1 of %2 matching %3 records (%4 already so).</source>
        <translation>Modifiées : %1 des %2 fiches %3 correspondantes (%4 avaient déjà cette valeur).</translation>
    </message>
    <message>
        <source>update needs ID (or --where FIELD=VALUE --set FIELD=VALUE)</source>
        <translation>update demande un ID (ou --where FIELD=VALUE --set FIELD=VALUE)</translation>
    </message>
    <message>
        <source>update needs the option --json FILE</source>
        <translation>update demande l&apos;option --json FILE</translation>
    </message>
</context>
<context>
    <name>crm::cli::Usage</name>
    <message>
        <source>Usage: delegates-crm-cli [--db FILE] [--officer INITIALS] [--lang LANG] COMMAND [ARGUMENTS]

Works on a Delegates CRM database from the command line.

Commands:
  init                           Create the database, or upgrade it to the current schema
  check                          Check integrity, links and schema version
  demo                           Load the sample dataset into an empty database
  backup [--out FILE]            Copy the database to FILE, or into its backup folder
  backups [--json]               List the backups in the backup folder, newest first
  restore FILE                   Replace the database with a backup; the current file
                                 is kept aside as DATABASE.before-restore-TIME
  generate --scale N [--seed S]  Fill the database with a synthetic dataset of N investors
  list KIND [--json] [--trash] [--sort FIELD] [--desc] [--limit N]
                                 List records, one per line as ID&lt;TAB&gt;TITLE
  show KIND ID [--json]          Show one record
  add KIND --json FILE|-         Add a record from a JSON object; prints its id
  update KIND ID --json FILE|-   Change the fields given in a JSON object
  update KIND --where FIELD=VALUE --set FIELD=VALUE [--dry-run] [--json]
                                 Set one field (owner, status, sector, country,
                                 confidential) on every live record whose FIELD is
                                 VALUE, in one transaction; prints how many changed
  delete KIND ID                 Move a record to the Trash
  restore KIND ID                Bring a record back from the Trash
  purge KIND ID                  Delete a record in the Trash for good
  history KIND ID [--json]       Show who changed what, and when
  merge KIND KEEP_ID OTHER_ID... [--prefer keep|other] [--json]
                                 Merge records into the one kept: links move to it,
                                 lists are united, single values come from the kept
                                 record (or --prefer other) unless empty there
  search TEXT [--kind K[,K...]] [--limit N] [--json]
                                 Find records by any part of their names or text,
                                 best first, at most N (10) of each kind
  duplicates KIND [--json]       List likely duplicates (investor, contact, agency,
                                 delegate): groups sharing a name, alias, e-mail,
                                 phone or website, with the reason and a score
  timeline --delegate ID|--investor ID|--deal ID [--json] [--kind K[,K...]]
           [--from DATE] [--to DATE] [--text TEXT] [--oldest-first]
           [--csv FILE] [--pdf FILE]
                                 Show the dated story of a record, newest first, or
                                 write it as CSV or as a printable PDF
  report --from YEAR --to YEAR [--currency CODE] [--json] [--csv FILE] [--pdf FILE]
                                 The programme report for the years: delegates hosted,
                                 meetings, missions, deals by stage, jobs and capex
                                 (in USD unless --currency), by country, sector,
                                 delegate and mission
  briefing --meeting ID|--investor ID|--delegate ID|--mission ID [--lang en|ja|fr]
           [--templates DIR] --pdf FILE
                                 A meeting briefing, investor or delegate profile or
                                 mission booklet as a PDF, in the chosen language;
                                 a template in DIR replaces the built-in one
  export KIND --csv FILE|--xlsx FILE|--vcard FILE [--vcard-version 3|4]
         [--filter TEXT] [--sort FIELD] [--desc] [--trash]
                                 Write a list as the list pane shows it (its columns,
                                 quick filter and order) to CSV or Excel, or contacts
                                 and delegates as vCards (4.0 unless --vcard-version 3)
  calendar --from DATE --to DATE --ics FILE
                                 Write the meetings and open follow-ups of the days as
                                 an iCalendar file; with --officer, only the meetings
                                 they attend and the follow-ups they own
  import KIND FILE... [--mapping FILE] [--save-mapping FILE] [--encoding E]
         [--sheet NAME] [--day-first|--month-first] [--on-duplicate skip|update|create]
         [--dry-run] [--skip-refused] [--json]
                                 Bring records in from CSV/TSV, Excel (.xlsx) or vCards
                                 (several .vcf files as one), as one batch: all rows or
                                 none; rows matching a record are skipped unless
                                 --on-duplicate says otherwise
  import list [--json]           List the import batches, newest first
  import revert BATCH            Take a batch back, unless its records changed since
  rate set CURRENCY YEAR RATE [--source TEXT]
                                 Set the yearly average rate: units of CURRENCY per US dollar
  rate list [--json]             List the exchange rates
  rate remove CURRENCY YEAR      Remove an exchange rate
  sync export --to PEER --out FILE [--passphrase-file F]
                                 Write the changes PEER (a replica&apos;s id or name) has not
                                 acknowledged to a package file, encrypted with a passphrase
  sync import FILE [--passphrase-file F]
                                 Merge a package from another replica of this database
  sync status [--json]           This replica, its peers, pending changes and conflicts
  sync conflicts [--json]        The conflicts waiting for a decision
  sync resolve --record ID --field FIELD --keep N|--value JSON
  sync resolve --record ID --restore|--keep-deleted
                                 Decide a conflict; export to share the decision
  replica prepare --out FILE [--name NAME] [--mission ID] [--delegate ID] [--country CC]
                                 Copy the database for a mission laptop: all of it, or the
                                 records of the missions, delegates and countries given
  replica name [--set NAME]      Show or change this replica&apos;s name
  replica key                    This replica&apos;s public signing key, to read out to a peer
  sync trust PEER KEY            Enter the key of a peer prepared by an older version

KIND is one of: %1.
FILE - reads the JSON from standard input.
K (timeline) is one of: %3.
DATE is YYYY-MM-DD, or YYYY-MM or YYYY for the whole month or year.
F (sync) is a file whose first line is the passphrase; never give it on the command line.

Options:
  --db FILE           The database file (default: %2)
  --officer INITIALS  The officer stamped on changes (default: $CRM_OFFICER;
                      without either, changes carry no officer)
  --lang LANG         The language of messages: en, ja or fr (default: the
                      system&apos;s); JSON, CSV and exit codes never change with it
  -h, --help          Show this help
  --version           Show the version

Exit codes: 0 success, 1 usage error or refused request, 2 invalid data,
3 record not found, 4 database error.
</source>
        <translation>Utilisation : delegates-crm-cli [--db FILE] [--officer INITIALS] [--lang LANG] COMMAND [ARGUMENTS]

Travaille sur une base de données Delegates CRM en ligne de commande.

Commandes :
  init                           Créer la base de données, ou la mettre à niveau vers le
                                 schéma actuel
  check                          Vérifier l&apos;intégrité, les liens et la version du schéma
  demo                           Charger le jeu de données d&apos;exemple dans une base vide
  backup [--out FILE]            Copier la base de données dans FILE, ou dans son dossier
                                 de sauvegardes
  backups [--json]               Lister les sauvegardes du dossier de sauvegardes, de la
                                 plus récente à la plus ancienne
  restore FILE                   Remplacer la base de données par une sauvegarde ; le
                                 fichier actuel est mis de côté sous le nom
                                 DATABASE.before-restore-TIME
  generate --scale N [--seed S]  Remplir la base de données d&apos;un jeu de données
                                 synthétique de N investisseurs
  list KIND [--json] [--trash] [--sort FIELD] [--desc] [--limit N]
                                 Lister les fiches, une par ligne : ID&lt;TAB&gt;TITLE
  show KIND ID [--json]          Afficher une fiche
  add KIND --json FILE|-         Ajouter une fiche d&apos;après un objet JSON ; affiche son id
  update KIND ID --json FILE|-   Modifier les champs donnés dans un objet JSON
  update KIND --where FIELD=VALUE --set FIELD=VALUE [--dry-run] [--json]
                                 Définir un champ (owner, status, sector, country,
                                 confidential) sur chaque fiche active dont le champ FIELD
                                 vaut VALUE, en une seule transaction ; affiche le nombre
                                 de fiches modifiées
  delete KIND ID                 Placer une fiche dans la Corbeille
  restore KIND ID                Récupérer une fiche de la Corbeille
  purge KIND ID                  Supprimer définitivement une fiche de la Corbeille
  history KIND ID [--json]       Afficher qui a modifié quoi, et quand
  merge KIND KEEP_ID OTHER_ID... [--prefer keep|other] [--json]
                                 Fusionner des fiches dans celle conservée : les liens y
                                 sont déplacés, les listes sont réunies, les valeurs
                                 simples viennent de la fiche conservée (ou, avec
                                 --prefer other, des autres) sauf si elles y sont vides
  search TEXT [--kind K[,K...]] [--limit N] [--json]
                                 Trouver des fiches par n&apos;importe quelle partie de leurs
                                 noms ou de leur texte, les meilleures d&apos;abord, au plus
                                 N (10) de chaque type
  duplicates KIND [--json]       Lister les doublons probables (investor, contact, agency,
                                 delegate) : groupes partageant un nom, un autre nom, un
                                 courriel, un téléphone ou un site web, avec le motif et
                                 un score
  timeline --delegate ID|--investor ID|--deal ID [--json] [--kind K[,K...]]
           [--from DATE] [--to DATE] [--text TEXT] [--oldest-first]
           [--csv FILE] [--pdf FILE]
                                 Afficher la chronologie d&apos;une fiche, du plus récent au
                                 plus ancien, ou l&apos;écrire en CSV ou en PDF imprimable
  report --from YEAR --to YEAR [--currency CODE] [--json] [--csv FILE] [--pdf FILE]
                                 Le rapport du programme pour ces années : délégués
                                 accueillis, rendez-vous, missions, projets par étape,
                                 emplois et investissement (en USD sauf --currency), par
                                 pays, secteur, délégué et mission
  briefing --meeting ID|--investor ID|--delegate ID|--mission ID [--lang en|ja|fr]
           [--templates DIR] --pdf FILE
                                 Une fiche de rendez-vous, un profil d&apos;investisseur ou de
                                 délégué ou un livret de mission en PDF, dans la langue
                                 choisie ; un modèle de DIR remplace le modèle intégré
  export KIND --csv FILE|--xlsx FILE|--vcard FILE [--vcard-version 3|4]
         [--filter TEXT] [--sort FIELD] [--desc] [--trash]
                                 Écrire une liste telle que le volet de liste l&apos;affiche
                                 (ses colonnes, son filtre rapide et son ordre) en CSV
                                 ou Excel, ou les contacts et délégués en vCard (4.0 sauf
                                 --vcard-version 3)
  calendar --from DATE --to DATE --ics FILE
                                 Écrire les rendez-vous et les suivis ouverts de ces
                                 jours dans un fichier iCalendar ; avec --officer,
                                 seulement les rendez-vous auxquels il participe et les
                                 suivis dont il est responsable
  import KIND FILE... [--mapping FILE] [--save-mapping FILE] [--encoding E]
         [--sheet NAME] [--day-first|--month-first] [--on-duplicate skip|update|create]
         [--dry-run] [--skip-refused] [--json]
                                 Importer des fiches depuis CSV/TSV, Excel (.xlsx) ou
                                 vCard (plusieurs fichiers .vcf comme un seul), en un
                                 seul lot : toutes les lignes ou aucune ; les lignes
                                 correspondant à une fiche existante sont ignorées sauf
                                 indication contraire de --on-duplicate
  import list [--json]           Lister les lots d&apos;importation, du plus récent au plus
                                 ancien
  import revert BATCH            Annuler un lot, sauf si ses fiches ont changé depuis
  rate set CURRENCY YEAR RATE [--source TEXT]
                                 Définir le taux moyen annuel : unités de CURRENCY par
                                 dollar US
  rate list [--json]             Lister les taux de change
  rate remove CURRENCY YEAR      Supprimer un taux de change
  sync export --to PEER --out FILE [--passphrase-file F]
                                 Écrire dans un fichier paquet les modifications dont
                                 PEER (id ou nom d&apos;une réplique) n&apos;a pas accusé
                                 réception, chiffrées avec une phrase secrète
  sync import FILE [--passphrase-file F]
                                 Fusionner un paquet venant d&apos;une autre réplique de cette
                                 base de données
  sync status [--json]           Cette réplique, les autres répliques qu&apos;elle connaît, les
                                 modifications en attente et les conflits
  sync conflicts [--json]        Les conflits en attente d&apos;une décision
  sync resolve --record ID --field FIELD --keep N|--value JSON
  sync resolve --record ID --restore|--keep-deleted
                                 Trancher un conflit ; exporter pour partager la décision
  replica prepare --out FILE [--name NAME] [--mission ID] [--delegate ID] [--country CC]
                                 Copier la base de données pour un portable de mission :
                                 en entier, ou les fiches des missions, délégués et pays
                                 indiqués
  replica name [--set NAME]      Afficher ou modifier le nom de cette réplique
  replica key                    La clé publique de signature de cette réplique, à lire
                                 à l&apos;autre réplique
  sync trust PEER KEY            Saisir la clé de la réplique PEER, préparée par une
                                 ancienne version

KIND est l&apos;un de : %1.
FILE - lit le JSON sur l&apos;entrée standard.
K (timeline) est l&apos;un de : %3.
DATE s&apos;écrit YYYY-MM-DD, ou YYYY-MM ou YYYY pour tout le mois ou toute l&apos;année.
F (sync) est un fichier dont la première ligne est la phrase secrète ; ne la donnez
jamais sur la ligne de commande.

Options :
  --db FILE           Le fichier de base de données (par défaut : %2)
  --officer INITIALS  Le chargé de promotion inscrit sur les modifications (par défaut :
                      $CRM_OFFICER ; sans l&apos;un ni l&apos;autre, les modifications ne portent
                      aucun chargé de promotion)
  --lang LANG         La langue des messages : en, ja ou fr (par défaut : celle
                      du système) ; le JSON, le CSV et les codes de sortie ne changent pas
  -h, --help          Afficher cette aide
  --version           Afficher la version

Codes de sortie : 0 succès, 1 erreur d&apos;utilisation ou demande refusée, 2 données non
valides, 3 fiche introuvable, 4 erreur de base de données.
</translation>
    </message>
</context>
<context>
    <name>crm::imports::ImportPlanner</name>
    <message>
        <source>no %1 is named &quot;%2&quot;</source>
        <translation>aucune fiche %1 ne s&apos;appelle &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 %2 records are named &quot;%3&quot;: choose one in the file</source>
        <translation>%1 fiches %2 s&apos;appellent &quot;%3&quot; : choisissez-en une dans le fichier</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2</source>
        <translation>Colonne &quot;%1&quot; : %2</translation>
    </message>
</context>
<context>
    <name>crm::imports::ImportSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and is not read.</source>
        <translation>%1 dépasse %2 Mo et n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No file to import.</source>
        <translation>Aucun fichier à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a vCard file: several files are read together only when all are business cards.</source>
        <translation>%1 n&apos;est pas un fichier vCard : plusieurs fichiers ne sont lus ensemble que s&apos;ils sont tous des cartes de visite.</translation>
    </message>
</context>
<context>
    <name>crm::imports::Importer</name>
    <message>
        <source>row %1 (%2): %3</source>
        <translation>ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>row %1, column &quot;%2&quot; (%3): %4</source>
        <translation>ligne %1, colonne &quot;%2&quot; (%3) : %4</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be imported; nothing was written:
%2</source>
        <translation>
            <numerusform>%n ligne de %1 ne peut pas être importée ; rien n&apos;a été écrit :
%2</numerusform>
            <numerusform>%n lignes de %1 ne peuvent pas être importées ; rien n&apos;a été écrit :
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of %1 cannot be reverted: a note or follow-up was written since about %2, and would go with it. Nothing was changed.</source>
        <translation>L&apos;importation de %1 ne peut pas être annulée : une note ou un suivi a été écrit depuis environ %2, et disparaîtrait avec elle. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The import of %1 cannot be reverted: %2 names %3 since. Nothing was changed.</source>
        <translation>L&apos;importation de %1 ne peut pas être annulée : « %2 » renvoie depuis à « %3 ». Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled while it was prepared; prepare it again.</source>
        <translation>L&apos;importation de %1 a été interrompue pendant sa préparation ; préparez-la de nouveau.</translation>
    </message>
    <message>
        <source>Row %1 of %2: %3; nothing was written.</source>
        <translation>Ligne %1 de %2 : %3 ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation>Il n&apos;existe pas de lot d&apos;importation %1.</translation>
    </message>
    <message>
        <source>The import of %1 was already reverted on %2.</source>
        <translation>L&apos;importation de %1 a déjà été annulée le %2.</translation>
    </message>
    <message>
        <source>The import batch %1 names an unknown kind &quot;%2&quot;.</source>
        <translation>Le lot d&apos;importation %1 désigne un type inconnu &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 cannot be reverted: %n of its records changed since (%2). Nothing was changed.</source>
        <translation>
            <numerusform>L&apos;importation de %1 ne peut pas être annulée : %n de ses fiches a changé depuis (%2). Rien n&apos;a été modifié.</numerusform>
            <numerusform>L&apos;importation de %1 ne peut pas être annulée : %n de ses fiches ont changé depuis (%2). Rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::interchange::CellValues</name>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day: write it 2024-04-01, or say which the file uses</source>
        <translation>&quot;%1&quot; peut se lire jour/mois ou mois/jour : écrivez-le 2024-04-01, ou indiquez l&apos;ordre utilisé par le fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it 2024-04-01, 2024/4/1 or 2024年4月1日)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date (écrivez-la 2024-04-01, 2024/4/1 ou 2024年4月1日)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the calendar</source>
        <translation>&quot;%1&quot; n&apos;est pas un jour du calendrier</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>&quot;%1&quot; n&apos;est ni oui ni non</translation>
    </message>
</context>
<context>
    <name>crm::interchange::ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is already filled by column %2 (&quot;%3&quot;)</source>
        <translation>&quot;%1&quot; est déjà rempli par la colonne %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot; that a column can fill.</source>
        <translation>Les fiches %1 n&apos;ont pas de champ &quot;%2&quot; qu&apos;une colonne puisse remplir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now filled by column %2 (&quot;%3&quot;)</source>
        <translation>&quot;%1&quot; est maintenant rempli par la colonne %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>The mapping names no known kind of record (&quot;kind&quot;: &quot;%1&quot;).</source>
        <translation>La correspondance ne désigne aucun type de fiche connu (&quot;kind&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The mapping is for %1 records, not for %2 records.</source>
        <translation>La correspondance concerne des fiches %1, pas des fiches %2.</translation>
    </message>
    <message>
        <source>The mapping has no list of &quot;columns&quot;.</source>
        <translation>La correspondance n&apos;a pas de liste &quot;columns&quot;.</translation>
    </message>
    <message>
        <source>Column %1 of the mapping has no &quot;header&quot;.</source>
        <translation>La colonne %1 de la correspondance n&apos;a pas de &quot;header&quot;.</translation>
    </message>
    <message>
        <source>The mapping fills &quot;%1&quot; from column &quot;%2&quot;, but a %3 has no such field.</source>
        <translation>La correspondance remplit &quot;%1&quot; à partir de la colonne &quot;%2&quot;, mais les fiches %3 n&apos;ont pas ce champ.</translation>
    </message>
    <message>
        <source>The mapping fills &quot;%1&quot; from two columns (&quot;%2&quot; and &quot;%3&quot;).</source>
        <translation>La correspondance remplit &quot;%1&quot; à partir de deux colonnes (&quot;%2&quot; et &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>not in the saved mapping</source>
        <translation>absent de la correspondance enregistrée</translation>
    </message>
</context>
<context>
    <name>crm::interchange::CsvReader</name>
    <message>
        <source>Line %1, column %2: the cell is longer than %3 characters, far more than any field holds. If it starts with a quote (&quot;), check that the quote is closed.</source>
        <translation>Ligne %1, colonne %2 : la cellule dépasse %3 caractères, bien plus que ce que contient un champ. Si elle commence par un guillemet (&quot;), vérifiez que celui-ci est fermé.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quote (&quot;) opens a cell that is never closed; the file ends inside it. Close the quote or remove it.</source>
        <translation>Ligne %1, colonne %2 : un guillemet (&quot;) ouvre une cellule qui n&apos;est jamais fermée ; le fichier se termine à l&apos;intérieur. Fermez le guillemet ou supprimez-le.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header: it is read as &quot;%2&quot;.</source>
        <translation>La colonne %1 n&apos;a pas de nom dans l&apos;en-tête : elle est lue comme &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named &quot;%3&quot;: column %2 is read as &quot;%4&quot;.</source>
        <translation>Les colonnes %1 et %2 s&apos;appellent toutes deux &quot;%3&quot; : la colonne %2 est lue comme &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>The file holds %1 bytes; files up to %2 bytes are read. Split it into smaller files.</source>
        <translation>Le fichier fait %1 octets ; seuls les fichiers de %2 octets au plus sont lus. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>A quote or a line break cannot separate columns.</source>
        <translation>Un guillemet ou un saut de ligne ne peut pas séparer les colonnes.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>Le fichier est vide : il n&apos;a ni ligne d&apos;en-tête ni données.</translation>
    </message>
    <message>
        <source>Line %1 has %2 columns but the header (line %3) names %4: column %5 holds &quot;%6&quot; under no header. Add a header for it or remove the extra cells.</source>
        <translation>La ligne %1 a %2 colonnes mais l&apos;en-tête (ligne %3) en nomme %4 : la colonne %5 contient &quot;%6&quot; sans en-tête. Ajoutez-lui un en-tête ou supprimez les cellules en trop.</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;</source>
        <translation>ligne %1, colonne &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The file has a header row (line %1) but no data rows.</source>
        <translation>Le fichier a une ligne d&apos;en-tête (ligne %1) mais aucune ligne de données.</translation>
    </message>
    <message>
        <source>Cells starting with &quot;=&quot; are kept as text, never evaluated as formulas: %1 of them, the first at %2.</source>
        <translation>Les cellules commençant par &quot;=&quot; sont gardées comme texte, jamais évaluées comme formules : %1 au total, la première : %2.</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes; files up to %3 bytes are read. Split it into smaller files.</source>
        <translation>%1 fait %2 octets ; seuls les fichiers de %3 octets au plus sont lus. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>crm::interchange::ICalendarWriter</name>
    <message>
        <source>The meeting &quot;%1&quot; has no start time.</source>
        <translation>Le rendez-vous « %1 » n&apos;a pas d&apos;heure de début.</translation>
    </message>
    <message>
        <source>The meeting &quot;%1&quot; is in the time zone &quot;%2&quot;, which this computer does not know.</source>
        <translation>Le rendez-vous « %1 » est dans le fuseau horaire &quot;%2&quot;, que cet ordinateur ne connaît pas.</translation>
    </message>
</context>
<context>
    <name>crm::interchange::TextEncoding</name>
    <message>
        <source>the file ends in the middle of a character at line %1 (it may have been cut short)</source>
        <translation>le fichier se termine au milieu d&apos;un caractère à la ligne %1 (il a peut-être été tronqué)</translation>
    </message>
    <message>
        <source>byte %1 at line %2 (byte offset %3)</source>
        <translation>octet %1 à la ligne %2 (position %3 en octets)</translation>
    </message>
    <message>
        <source>The file is a zip archive (an Excel .xlsx workbook?), not text. Import it as a workbook, or save it from Excel as CSV.</source>
        <translation>Le fichier est une archive zip (un classeur Excel .xlsx ?), pas du texte. Importez-le comme classeur, ou enregistrez-le depuis Excel au format CSV.</translation>
    </message>
    <message>
        <source>The file is not text: it holds a NUL byte at byte offset %1, as binary files (an .xls workbook, a picture, a PDF) do. Save it from its program as CSV.</source>
        <translation>Le fichier n&apos;est pas du texte : il contient un octet NUL à la position %1, comme les fichiers binaires (classeur .xls, image, PDF). Enregistrez-le depuis son programme au format CSV.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;. Names such as UTF-8, UTF-16LE, Shift_JIS or windows-1252 are understood.</source>
        <translation>Encodage inconnu &quot;%1&quot;. Les noms comme UTF-8, UTF-16LE, Shift_JIS ou windows-1252 sont reconnus.</translation>
    </message>
    <message>
        <source>The file cannot be read as %1: %2. Choose the encoding it was saved in.</source>
        <translation>Le fichier ne peut pas être lu en %1 : %2. Choisissez l&apos;encodage dans lequel il a été enregistré.</translation>
    </message>
    <message>
        <source>%1 with BOM</source>
        <translation>%1 avec BOM</translation>
    </message>
    <message>
        <source>The file starts with the byte order mark of %1 but is not valid %1: %2.</source>
        <translation>Le fichier commence par l&apos;indicateur d&apos;ordre des octets (BOM) de %1 mais n&apos;est pas du %1 valide : %2.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 (%1) nor Shift_JIS (%2). Choose the encoding it was saved in, such as windows-1252 for a CSV from Excel in English or French.</source>
        <translation>Le fichier n&apos;est ni en UTF-8 (%1) ni en Shift_JIS (%2). Choisissez l&apos;encodage dans lequel il a été enregistré, par exemple windows-1252 pour un CSV issu d&apos;Excel en anglais ou en français.</translation>
    </message>
    <message>
        <source>The file is not text: it holds a NUL character (U+0000) at line %1.</source>
        <translation>Le fichier n&apos;est pas du texte : il contient un caractère NUL (U+0000) à la ligne %1.</translation>
    </message>
</context>
<context>
    <name>crm::interchange::VCardReader</name>
    <message>
        <source>Line %1 is longer than %2 MB.</source>
        <translation>La ligne %1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>The content line starting at line %1 is longer than %2 MB.</source>
        <translation>La ligne de contenu commençant à la ligne %1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line %1 has no &quot;:&quot; and was skipped.</source>
        <translation>La ligne %1 n&apos;a pas de &quot;:&quot; et a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1: a card begins inside the card begun at line %2, which has no END:VCARD.</source>
        <translation>Ligne %1 : une carte commence à l&apos;intérieur de la carte commencée à la ligne %2, qui n&apos;a pas de END:VCARD.</translation>
    </message>
    <message>
        <source>Line %1: END:VCARD without a BEGIN:VCARD before it.</source>
        <translation>Ligne %1 : END:VCARD sans BEGIN:VCARD avant.</translation>
    </message>
    <message>
        <source>Line %1: vCard version %2 is not supported (2.1, 3.0 and 4.0 are).</source>
        <translation>Ligne %1 : la version vCard %2 n&apos;est pas prise en charge (2.1, 3.0 et 4.0 le sont).</translation>
    </message>
    <message>
        <source>The card begun at line %1 has no END:VCARD: the file may be cut short.</source>
        <translation>La carte commencée à la ligne %1 n&apos;a pas de END:VCARD : le fichier est peut-être tronqué.</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>Le fichier ne contient aucune vCard (pas de ligne BEGIN:VCARD).</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) outside any card skipped, the first at line %1.</source>
        <translation>
            <numerusform>%n ligne hors de toute carte ignorée, la première à la ligne %1.</numerusform>
            <numerusform>%n lignes hors de toute carte ignorées, la première à la ligne %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo of card %1 (line %2) ignored.</source>
        <translation>Photo de la carte %1 (ligne %2) ignorée.</translation>
    </message>
    <message>
        <source>Card %1, line %2: broken quoted-printable kept as written.</source>
        <translation>Carte %1, ligne %2 : quoted-printable défectueux conservé tel quel.</translation>
    </message>
    <message>
        <source>Card %1, line %2: %3 is not valid base64 and was skipped.</source>
        <translation>Carte %1, ligne %2 : %3 n&apos;est pas du base64 valide et a été ignoré.</translation>
    </message>
    <message>
        <source>Card %1, line %2: %3 is not valid %4 text and was skipped.</source>
        <translation>Carte %1, ligne %2 : %3 n&apos;est pas du texte %4 valide et a été ignoré.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>Address (%1): %2</source>
        <translation>Adresse (%1) : %2</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site web : %1</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation : %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Fonction : %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Courriel : %1</translation>
    </message>
</context>
<context>
    <name>crm::interchange::XlsxReader</name>
    <message>
        <source>%1 is damaged: its workbook lists no sheets.</source>
        <translation>%1 est endommagé : son classeur ne contient aucune feuille.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”. Its sheets are %3.</source>
        <translation>%1 n&apos;a pas de feuille nommée « %2 ». Ses feuilles sont : %3.</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 is a chart, not a sheet of cells.</source>
        <translation>La feuille « %1 » de %2 est un graphique, pas une feuille de cellules.</translation>
    </message>
    <message>
        <source>%1 is damaged: the cells of its sheet “%2” are missing.</source>
        <translation>%1 est endommagé : les cellules de sa feuille « %2 » sont absentes.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook (.xls) or a password-protected one. Open it in the spreadsheet program and save it as an Excel Workbook (.xlsx) without a password.</source>
        <translation>%1 est un classeur Excel 97-2003 (.xls) ou un classeur protégé par mot de passe. Ouvrez-le dans le tableur et enregistrez-le au format Classeur Excel (.xlsx) sans mot de passe.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): an .xlsx file is a zip archive, and this file is not one. Open it in the spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>%1 n&apos;est pas un classeur Excel (.xlsx) : un fichier .xlsx est une archive zip, et ce fichier n&apos;en est pas une. Ouvrez-le dans le tableur et enregistrez-le au format Classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>Impossible de lire %1 : le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is refused: it is larger than %2 MB, more than any list of records needs.</source>
        <translation>%1 est refusé : il dépasse %2 Mo, plus que n&apos;en demande une liste de fiches.</translation>
    </message>
    <message>
        <source>A part of the workbook is larger than %1 MB.</source>
        <translation>Une partie du classeur dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>feuille « %1 »</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 is empty: there is nothing to import.</source>
        <translation>La feuille « %1 » de %2 est vide : il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 has only a header row (row %3) and no data rows.</source>
        <translation>La feuille « %1 » de %2 n&apos;a qu&apos;une ligne d&apos;en-tête (ligne %3) et aucune ligne de données.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more cell(s) like these.</source>
        <translation>
            <numerusform>…et %n autre cellule de ce type.</numerusform>
            <numerusform>…et %n autres cellules de ce type.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: sheet “%2” has a row numbered %3, outside a worksheet.</source>
        <translation>%1 est endommagé : la feuille « %2 » a une ligne numérotée %3, hors des limites d&apos;une feuille de calcul.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of sheet “%2” has a value in column %3, but the header (row %4) has only %n column(s). Give the column a header or delete the value.</source>
        <translation>
            <numerusform>La ligne %1 de la feuille « %2 » a une valeur dans la colonne %3, mais l&apos;en-tête (ligne %4) n&apos;a que %n colonne. Donnez un en-tête à cette colonne ou supprimez la valeur.</numerusform>
            <numerusform>La ligne %1 de la feuille « %2 » a une valeur dans la colonne %3, mais l&apos;en-tête (ligne %4) n&apos;a que %n colonnes. Donnez un en-tête à cette colonne ou supprimez la valeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cell %1 of sheet “%2” holds more than %3 characters, more than any field needs; shorten it in the spreadsheet.</source>
        <translation>La cellule %1 de la feuille « %2 » contient plus de %3 caractères, plus que n&apos;en demande un champ ; raccourcissez-la dans le tableur.</translation>
    </message>
    <message>
        <source>%1 is damaged: sheet “%2” has a cell named “%3”, which is no cell of a worksheet.</source>
        <translation>%1 est endommagé : la feuille « %2 » a une cellule nommée « %3 », qui n&apos;est pas une cellule de feuille de calcul.</translation>
    </message>
    <message>
        <source>%1 is damaged: row %2 of sheet “%3” has more than %4 cells.</source>
        <translation>%1 est endommagé : la ligne %2 de la feuille « %3 » a plus de %4 cellules.</translation>
    </message>
    <message>
        <source>Cell %1 holds a formula the spreadsheet saved without its value; it is kept as its text.</source>
        <translation>La cellule %1 contient une formule que le tableur a enregistrée sans sa valeur ; elle est conservée sous forme de texte.</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of sheet “%3” refers to a text the workbook does not have.</source>
        <translation>%1 est endommagé : la cellule %2 de la feuille « %3 » renvoie à un texte absent du classeur.</translation>
    </message>
    <message>
        <source>Cell %1 shows the error %2 in the spreadsheet; it is kept as that text.</source>
        <translation>La cellule %1 affiche l&apos;erreur %2 dans le tableur ; elle est conservée sous forme de ce texte.</translation>
    </message>
    <message>
        <source>Cell %1 of sheet “%2” holds “%3”, which is not a date.</source>
        <translation>La cellule %1 de la feuille « %2 » contient « %3 », qui n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of sheet “%3” holds “%4”, which is not a number.</source>
        <translation>%1 est endommagé : la cellule %2 de la feuille « %3 » contient « %4 », qui n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 is not well-formed XML at line %3 (%4).</source>
        <translation>%1 est endommagé : sa partie %2 n&apos;est pas du XML bien formé à la ligne %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: it is a zip archive without a workbook part (%2).</source>
        <translation>%1 n&apos;est pas un classeur Excel : c&apos;est une archive zip sans partie classeur (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be unpacked.</source>
        <translation>%1 est endommagé : sa partie %2 ne peut pas être décompressée.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 unpacks to more than %3 MB, more than any list of records needs (a damaged or malicious file).</source>
        <translation>%1 est refusé : sa partie %2 se décompresse en plus de %3 Mo, plus que n&apos;en demande une liste de fiches (fichier endommagé ou malveillant).</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 is missing.</source>
        <translation>%1 est endommagé : sa partie %2 est absente.</translation>
    </message>
    <message>
        <source>%1 is encrypted: open it in the spreadsheet program and save it without a password.</source>
        <translation>%1 est chiffré : ouvrez-le dans le tableur et enregistrez-le sans mot de passe.</translation>
    </message>
</context>
<context>
    <name>crm::interchange::XlsxWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>an Excel sheet holds at most 1,048,576 rows and 16,384 columns.</source>
        <translation>une feuille Excel contient au plus 1 048 576 lignes et 16 384 colonnes.</translation>
    </message>
    <message>
        <source>the spreadsheet library could not start.</source>
        <translation>la bibliothèque de tableur n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>the sheet name “%1” is not allowed.</source>
        <translation>le nom de feuille « %1 » n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>the text in row %1, column %2 is longer than the %3 characters an Excel cell holds.</source>
        <translation>le texte de la ligne %1, colonne %2 dépasse les %3 caractères que peut contenir une cellule Excel.</translation>
    </message>
</context>
<context>
    <name>crm::reference</name>
    <message>
        <source>Food</source>
        <translation>Agroalimentaire</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automobile</translation>
    </message>
    <message>
        <source>Textiles</source>
        <translation>Textile</translation>
    </message>
    <message>
        <source>Renewable energy</source>
        <translation>Énergies renouvelables</translation>
    </message>
    <message>
        <source>Transportation and logistics</source>
        <translation>Transport et logistique</translation>
    </message>
    <message>
        <source>Aerospace</source>
        <translation>Aéronautique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>crm::ui::AboutDialog</name>
    <message>
        <source>About Delegates CRM</source>
        <translation>À propos de Delegates CRM</translation>
    </message>
    <message>
        <source>Qt %1 (Widgets, Sql, Print Support)</source>
        <translation>Qt %1 (Widgets, Sql, Print Support)</translation>
    </message>
    <message>
        <source>GNU LGPL 3.0 or GNU GPL 3.0</source>
        <translation>GNU LGPL 3.0 ou GNU GPL 3.0</translation>
    </message>
    <message>
        <source>Qt Charts (the dashboard)</source>
        <translation>Qt Charts (le tableau de bord)</translation>
    </message>
    <message>
        <source>GNU GPL 3.0, hence this program&apos;s GPL-3.0-or-later</source>
        <translation>GNU GPL 3.0, d&apos;où la licence GPL-3.0-or-later de ce programme</translation>
    </message>
    <message>
        <source>IPA Gothic font by IPA (now CITPC), in printed documents</source>
        <translation>Police IPA Gothic de l&apos;IPA (aujourd&apos;hui CITPC), dans les documents imprimés</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;IPA Font License Agreement v1.0&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;IPA Font License Agreement v1.0&lt;/a&gt;</translation>
    </message>
    <message>
        <source>iso-codes: country and currency names, with their translations</source>
        <translation>iso-codes : noms de pays et de devises, avec leurs traductions</translation>
    </message>
    <message>
        <source>GNU LGPL 2.1 or later</source>
        <translation>GNU LGPL 2.1 ou ultérieure</translation>
    </message>
    <message>
        <source>libsodium (encryption of sync packages)</source>
        <translation>libsodium (chiffrement des paquets de synchronisation)</translation>
    </message>
    <message>
        <source>ISC licence</source>
        <translation>licence ISC</translation>
    </message>
    <message>
        <source>Mustache templates by Kevin Wojniak (kainjow)</source>
        <translation>Modèles Mustache de Kevin Wojniak (kainjow)</translation>
    </message>
    <message>
        <source>Boost Software License 1.0</source>
        <translation>Boost Software License 1.0</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <source>Variant kanji table (search), derived from the Unicode Han Database</source>
        <translation>Table des variantes de kanji (recherche), dérivée de l&apos;Unicode Han Database</translation>
    </message>
    <message>
        <source>Unicode licence</source>
        <translation>licence Unicode</translation>
    </message>
    <message>
        <source>…and from KANJIDIC2, the property of the Electronic Dictionary Research and Development Group, used in conformance with the Group&apos;s &lt;a href=&quot;%1&quot;&gt;licence&lt;/a&gt;</source>
        <translation>…et de KANJIDIC2, propriété de l&apos;Electronic Dictionary Research and Development Group, utilisé conformément à la &lt;a href=&quot;%1&quot;&gt;licence&lt;/a&gt; du groupe</translation>
    </message>
    <message>
        <source>Creative Commons Attribution-ShareAlike 3.0</source>
        <translation>Creative Commons Attribution - Partage dans les mêmes conditions 3.0</translation>
    </message>
    <message>
        <source>The sample dataset, templates and icons</source>
        <translation>Le jeu de données d&apos;exemple, les modèles et les icônes</translation>
    </message>
    <message>
        <source>part of this program; the agencies, investors and deals other than AMDIE and Yazaki are fictional</source>
        <translation>partie intégrante de ce programme ; les agences, investisseurs et projets autres qu&apos;AMDIE et Yazaki sont fictifs</translation>
    </message>
    <message>
        <source>Delegates CRM %1</source>
        <translation>Delegates CRM %1</translation>
    </message>
    <message>
        <source>The CRM of the ITPO Japan Delegates Programme (UNIDO Investment and Technology Promotion Office, Tokyo).</source>
        <translation>Le CRM du Programme des délégués de l&apos;ITPO Tokyo (Bureau de promotion des investissements et de la technologie de l&apos;ONUDI).</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.</source>
        <translation>Ce programme est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la Licence publique générale GNU telle que publiée par la Free Software Foundation, soit la version 3 de la Licence, soit (à votre choix) toute version ultérieure.</translation>
    </message>
    <message>
        <source>This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt; for more details.</source>
        <translation>Ce programme est distribué dans l&apos;espoir qu&apos;il sera utile, mais SANS AUCUNE GARANTIE ; sans même la garantie implicite de QUALITÉ MARCHANDE ou d&apos;ADÉQUATION À UN USAGE PARTICULIER. Consultez la &lt;a href=&quot;%1&quot;&gt;Licence publique générale GNU&lt;/a&gt; pour plus de détails.</translation>
    </message>
    <message>
        <source>Shipped with it, under their own licences</source>
        <translation>Fournis avec lui, sous leurs propres licences</translation>
    </message>
</context>
<context>
    <name>crm::ui::BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Restoring replaces the open database with the backup; the current file is kept beside it, named &quot;….before-restore-…&quot;.</source>
        <translation>La restauration remplace la base de données ouverte par la sauvegarde ; le fichier actuel est conservé à côté, sous le nom &quot;….before-restore-…&quot;.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Delegates CRM databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Delegates CRM (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the open database with the backup of %1?

Everything entered since then is no longer shown; the current file is kept beside it as &quot;%2.before-restore-…&quot;.</source>
        <translation>Remplacer la base de données ouverte par la sauvegarde (%1) ?

Tout ce qui a été saisi depuis ne sera plus affiché ; le fichier actuel est conservé à côté sous le nom &quot;%2.before-restore-…&quot;.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>%1 is not a folder you can write to.</source>
        <translation>%1 n&apos;est pas un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Taking today&apos;s backup…</source>
        <translation>Sauvegarde du jour en cours…</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>La sauvegarde du jour n&apos;a pas pu être écrite : %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::BriefingDialog</name>
    <message>
        <source>Print Briefing</source>
        <translation>Imprimer le document de briefing</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation>Modèles intégrés</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder of the office&apos;s own templates</source>
        <translation>Choisir le dossier des modèles propres au bureau</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <source>&amp;Language of the document</source>
        <translation>&amp;Langue du document</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the briefing as PDF</source>
        <translation>Enregistrer le document de briefing en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>Impossible d&apos;enregistrer le PDF</translation>
    </message>
    <message>
        <source>Choose the templates folder</source>
        <translation>Choisir le dossier des modèles</translation>
    </message>
    <message>
        <source>Briefing preview</source>
        <translation>Aperçu du document de briefing</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarExportDialog</name>
    <message>
        <source>Only &amp;my meetings and follow-ups</source>
        <translation>Seulement &amp;mes rendez-vous et suivis</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>The meetings of these days, each in its own time zone, and the follow-ups still open that fall due on them, as one calendar file (.ics) for Outlook, Google Calendar or a phone.</source>
        <translation>Les rendez-vous de ces jours, chacun dans son fuseau horaire, et les suivis encore ouverts qui arrivent à échéance ces jours-là, dans un seul fichier de calendrier (.ics) pour Outlook, Google Agenda ou un téléphone.</translation>
    </message>
    <message>
        <source>The meetings you attend and the follow-ups you own</source>
        <translation>Les rendez-vous auxquels vous participez et les suivis dont vous êtes responsable</translation>
    </message>
    <message>
        <source>Choose who you are first (File &gt; Change Officer)</source>
        <translation>Indiquez d&apos;abord qui vous êtes (Fichier &gt; Changer de chargé de promotion)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>The first day is not a date.</source>
        <translation>Le premier jour n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>The last day is not a date.</source>
        <translation>Le dernier jour n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>Le premier jour est postérieur au dernier.</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3</source>
        <translation>%1 et %2 exportés vers %3</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n suivi</numerusform>
            <numerusform>%n suivis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::ChartCard</name>
    <message>
        <source>Save PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Enregistrer ce graphique en image PNG</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Copier le tableau</translation>
    </message>
    <message>
        <source>Copy the numbers of this chart as a table, for a spreadsheet</source>
        <translation>Copier les chiffres de ce graphique sous forme de tableau, pour un tableur</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <source>Cannot save the picture</source>
        <translation>Impossible d&apos;enregistrer l&apos;image</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ChildListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a row to %1 (Insert)</source>
        <translation>Ajouter une ligne à %1 (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected row of %1 (Delete)</source>
        <translation>Retirer la ligne sélectionnée de %1 (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected row of %1 up (Ctrl+Up)</source>
        <translation>Monter la ligne sélectionnée de %1 (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected row of %1 down (Ctrl+Down)</source>
        <translation>Descendre la ligne sélectionnée de %1 (Ctrl+Down)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ChoiceCombo</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Tapez pour rechercher</translation>
    </message>
</context>
<context>
    <name>crm::ui::ChoiceLabels</name>
    <message>
        <source>%1 (%2)</source>
        <comment>country name (ISO code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>currency name (ISO code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 – very low</source>
        <translation>1 – très faible</translation>
    </message>
    <message>
        <source>2 – low</source>
        <translation>2 – faible</translation>
    </message>
    <message>
        <source>3 – moderate</source>
        <translation>3 – moyen</translation>
    </message>
    <message>
        <source>4 – high</source>
        <translation>4 – élevé</translation>
    </message>
    <message>
        <source>5 – very high</source>
        <translation>5 – très élevé</translation>
    </message>
</context>
<context>
    <name>crm::ui::CommandLine</name>
    <message>
        <source>Open FILE instead of the default database (created if missing).</source>
        <translation>Ouvrir FILE au lieu de la base de données par défaut (créée si elle n&apos;existe pas).</translation>
    </message>
    <message>
        <source>CRM for the ITPO Japan Delegates Programme</source>
        <translation>CRM du Programme des délégués de l&apos;ITPO Tokyo</translation>
    </message>
    <message>
        <source>The database file to open; it must exist.</source>
        <translation>Le fichier de base de données à ouvrir ; il doit exister.</translation>
    </message>
    <message>
        <source>Delegates CRM opens one database at a time; %1 files were given: %2</source>
        <translation>Delegates CRM ouvre une seule base de données à la fois ; %1 fichiers ont été donnés : %2</translation>
    </message>
    <message>
        <source>Give the database either as a file or with --db, not both.</source>
        <translation>Indiquez la base de données soit comme fichier, soit avec --db, pas les deux.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
</context>
<context>
    <name>crm::ui::CreditedDealsModel</name>
    <message>
        <source>%1 bn %2</source>
        <comment>billions</comment>
        <translation>%1 Md %2</translation>
    </message>
    <message>
        <source>%1 M %2</source>
        <comment>millions</comment>
        <translation>%1 M %2</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no figure</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>realised / announced</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Announced %1</source>
        <translation>Annoncé : %1</translation>
    </message>
    <message>
        <source>Realised %1</source>
        <translation>Réalisé : %1</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the announced and the realised figure</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1
Investor: %2
Host country: %3
The delegate&apos;s part: %4
Double-click to open the deal.</source>
        <translation>%1
Investisseur : %2
Pays d&apos;accueil : %3
Contribution du délégué : %4
Double-cliquez pour ouvrir le projet.</translation>
    </message>
    <message>
        <source>Latest realised figure / latest announced figure</source>
        <translation>Dernier chiffre réalisé / dernier chiffre annoncé</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investisseur</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Pays d&apos;accueil</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Delegate&apos;s part</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Investissement</translation>
    </message>
</context>
<context>
    <name>crm::ui::DashboardCharts</name>
    <message>
        <source>No deals in this range</source>
        <translation>Aucun projet sur cette période</translation>
    </message>
    <message>
        <source>No deals in %1 in this range</source>
        <translation>Aucun projet pour %1 sur cette période</translation>
    </message>
    <message>
        <source>(no country)</source>
        <translation>(sans pays)</translation>
    </message>
    <message>
        <source>(no sector)</source>
        <translation>(sans secteur)</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Pays d&apos;accueil</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>sectors</source>
        <translation>secteurs</translation>
    </message>
    <message>
        <source>The %1 largest of %2 %3; Copy table lists them all.</source>
        <translation>Les %1 premiers sur %2 %3 ; Copier le tableau les liste tous.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Deals with a stage change or a figure dated in the range, by their stage today.</source>
        <translation>Projets ayant un changement d&apos;étape ou un chiffre daté dans la période, selon leur étape actuelle.</translation>
    </message>
    <message>
        <source>Million %1</source>
        <translation>Millions %1</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>Projets perdus</translation>
    </message>
    <message>
        <source>Capex announced (%1)</source>
        <translation>Investissement annoncé (%1)</translation>
    </message>
    <message>
        <source>Capex realised (%1)</source>
        <translation>Investissement réalisé (%1)</translation>
    </message>
    <message>
        <source>Announced, not converted</source>
        <translation>Annoncé, non converti</translation>
    </message>
    <message>
        <source>Realised, not converted</source>
        <translation>Réalisé, non converti</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Not in the bars, for want of a rate: announced %1; realised %2 (Copy table has them).</source>
        <translation>Hors des barres, faute de taux : annoncé %1 ; réalisé %2 (Copier le tableau les donne).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Direct jobs</source>
        <translation>Emplois directs</translation>
    </message>
    <message>
        <source>Direct jobs announced</source>
        <translation>Emplois directs annoncés</translation>
    </message>
    <message>
        <source>Direct jobs realised</source>
        <translation>Emplois directs réalisés</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>All deals (each counted once)</source>
        <translation>Tous les projets (chacun compté une fois)</translation>
    </message>
    <message>
        <source>A deal credited to several delegates counts once for each of them, so the bars can add up to more than the deals of the range (%1).</source>
        <translation>Un projet crédité à plusieurs délégués compte une fois pour chacun d&apos;eux : les barres peuvent donc totaliser plus que les projets de la période (%1).</translation>
    </message>
    <message>
        <source>The %1 largest of %2 delegates; Copy table lists them all.</source>
        <translation>Les %1 premiers sur %2 délégués ; Copier le tableau les liste tous.</translation>
    </message>
    <message>
        <source>No deal of this range is credited</source>
        <translation>Aucun projet de cette période n&apos;est crédité</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>No overdue follow-ups</source>
        <translation>Aucun suivi en retard</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Chargé de promotion</translation>
    </message>
    <message>
        <source>(unknown officer)</source>
        <translation>(chargé de promotion inconnu)</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>Open follow-ups past their due date on %1: %2, whatever the years and country chosen.</source>
        <translation>Suivis ouverts ayant dépassé leur échéance au %1 : %2, quels que soient les années et le pays choisis.</translation>
    </message>
    <message>
        <source>The %1 officers with the most; Copy table lists them all.</source>
        <translation>Les %1 chargés de promotion qui en ont le plus ; Copier le tableau les liste tous.</translation>
    </message>
    <message>
        <source>amounts in %1 currencies</source>
        <translation>montants en %1 devises</translation>
    </message>
</context>
<context>
    <name>crm::ui::DashboardView</name>
    <message>
        <source>%1 + %2 not converted</source>
        <translation>%1 + %2 non converti</translation>
    </message>
    <message>
        <source>The first year of the range</source>
        <translation>La première année de la période</translation>
    </message>
    <message>
        <source>The last year of the range</source>
        <translation>La dernière année de la période</translation>
    </message>
    <message>
        <source>Capex is converted with the officers&apos; yearly average rates</source>
        <translation>L&apos;investissement est converti aux taux moyens annuels des chargés de promotion</translation>
    </message>
    <message>
        <source>By host country</source>
        <translation>Par pays d&apos;accueil</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>How the capex and direct-jobs charts are broken down</source>
        <translation>Ventilation des graphiques d&apos;investissement et d&apos;emplois directs</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Jusqu&apos;à</translation>
    </message>
    <message>
        <source>Host &amp;country</source>
        <translation>&amp;Pays d&apos;accueil</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>&amp;Capex and jobs</source>
        <translation>&amp;Investissement et emplois</translation>
    </message>
    <message>
        <source>Deals by stage</source>
        <translation>Projets par étape</translation>
    </message>
    <message>
        <source>Capex, announced and realised</source>
        <translation>Investissement, annoncé et réalisé</translation>
    </message>
    <message>
        <source>Direct jobs, announced and realised</source>
        <translation>Emplois directs, annoncés et réalisés</translation>
    </message>
    <message>
        <source>Deals credited to each delegate</source>
        <translation>Projets crédités à chaque délégué</translation>
    </message>
    <message>
        <source>Direct jobs credited to each delegate</source>
        <translation>Emplois directs crédités à chaque délégué</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>The dashboard cannot be read: %1</source>
        <translation>Le tableau de bord ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Deals: %1 (lost: %2). Capex announced %3, realised %4. Direct jobs announced %5, realised %6.</source>
        <translation>Projets : %1 (perdus : %2). Investissement annoncé %3, réalisé %4. Emplois directs annoncés %5, réalisés %6.</translation>
    </message>
    <message>
        <source>No exchange rate for %1: capex that needs one is not converted to %2, is left out of the capex bars and is listed as not converted in the tables. Add the rates to the officers&apos; rate table to convert it.</source>
        <translation>Pas de taux de change pour %1 : l&apos;investissement qui en a besoin n&apos;est pas converti en %2, est exclu des barres d&apos;investissement et figure comme non converti dans les tableaux. Ajoutez les taux à la table des taux des chargés de promotion pour le convertir.</translation>
    </message>
</context>
<context>
    <name>crm::ui::DatabaseSession</name>
    <message>
        <source>%1 is already open in another Delegates CRM window. Close it there first: two windows editing one file would each miss the other&apos;s changes. (The lock file is %2.)</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre Delegates CRM. Fermez-le d&apos;abord dans cette fenêtre : deux fenêtres modifiant un même fichier manqueraient chacune les modifications de l&apos;autre. (Le fichier de verrou est %2.)</translation>
    </message>
    <message>
        <source>%1 is already open in another Delegates CRM window, on the computer %2 (process %3). Close it there first: two windows editing one file would each miss the other&apos;s changes. If that program is no longer running, delete %4.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre Delegates CRM, sur l&apos;ordinateur %2 (processus %3). Fermez-le d&apos;abord dans cette fenêtre : deux fenêtres modifiant un même fichier manqueraient chacune les modifications de l&apos;autre. Si ce programme ne tourne plus, supprimez %4.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>il a été ouvert en lecture seule</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): no backup can be restored into it. Copy it to a folder you can write to and open that copy first.</source>
        <translation>%1 est ouvert en lecture seule (%2) : aucune sauvegarde ne peut y être restaurée. Copiez-le dans un dossier où vous pouvez écrire, puis ouvrez d&apos;abord cette copie.</translation>
    </message>
</context>
<context>
    <name>crm::ui::DateEdit</name>
    <message>
        <source>Choose from a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Down)</translation>
    </message>
    <message>
        <source>%1 or YYYY-MM-DD</source>
        <extracomment>%1 is a sample day written the locale&apos;s way (9/30/2026)</extracomment>
        <translation>%1 ou AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealImpactPanel</name>
    <message>
        <source>%1: %2, undated</source>
        <translation>%1 : %2, sans date</translation>
    </message>
    <message>
        <source>%1: %2 as of %3</source>
        <translation>%1 : %2 au %3</translation>
    </message>
    <message>
        <source>The deal&apos;s stage history; ↩ marks a setback (back to an earlier stage, on hold or lost)</source>
        <translation>Historique des étapes du projet ; ↩ signale un recul (retour à une étape antérieure, en attente ou perdu)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Retombées</translation>
    </message>
    <message>
        <source>Realised /
announced</source>
        <translation>Réalisé /
annoncé</translation>
    </message>
    <message>
        <source>The latest realised figure as a share of the latest announced one</source>
        <translation>Dernier chiffre réalisé rapporté au dernier chiffre annoncé</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>(record not found)</source>
        <translation>(fiche introuvable)</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <extracomment>A credited delegate, agency or mission whose record the damaged database could not give.</extracomment>
        <translation>(illisible)</translation>
    </message>
</context>
<context>
    <name>crm::ui::DelegateImpactPanel</name>
    <message>
        <source>Credited deals</source>
        <extracomment>In a delegate&apos;s impact panel, in place of the number of credited deals.</extracomment>
        <translation>Projets crédités</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n perdu</numerusform>
            <numerusform>%n perdus</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Direct jobs realised</source>
        <translation>Emplois directs réalisés</translation>
    </message>
    <message>
        <source>announced: %1</source>
        <translation>annoncé : %1</translation>
    </message>
    <message>
        <source>Capex realised</source>
        <translation>Investissement réalisé</translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicateCommands</name>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>List the investors, contacts, agencies or delegates that look like the same one</source>
        <translation>Lister les investisseurs, contacts, agences ou délégués qui semblent en double</translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicateGroupsModel</name>
    <message>
        <source>%1: %2</source>
        <comment>why they match: the value they share (same e-mail: a@b.example)</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons of one group</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the titles of records that look alike</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>How sure the match is, out of 100</source>
        <translation>Degré de certitude de la correspondance, sur 100</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Pourquoi elles se ressemblent</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicateWarning</name>
    <message>
        <source>Create Anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>This %1 may already exist:</source>
        <translation>Cette fiche %1 existe peut-être déjà :</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>It is another one: hide this warning while you type this %1</source>
        <translation>C&apos;est une autre fiche : masquer cet avertissement pendant la saisie de cette fiche %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>why it matches: the value that matched (same e-mail: a@b.example)</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons a record looks the same</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2</source>
        <comment>a record&apos;s title – why it looks the same</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Show %1 instead of this new one</source>
        <translation>Afficher %1 au lieu de cette nouvelle fiche</translation>
    </message>
    <message>
        <source>What you typed in this %1 is not saved. Leave it and open %2?</source>
        <translation>Ce que vous avez saisi dans cette fiche %1 n&apos;est pas enregistré. L&apos;abandonner et ouvrir %2 ?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>%1 looks like the same %2 (%3). Create a new %2 anyway?</source>
        <translation>%1 semble déjà exister comme fiche %2 (%3). Créer quand même une nouvelle fiche %2 ?</translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicatesDialog</name>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Type de fiche :</translation>
    </message>
    <message>
        <source>Compare every record of the kind: names, aliases, e-mail, phone numbers and websites</source>
        <translation>Comparer toutes les fiches de ce type : noms, autres noms, courriel, numéros de téléphone et sites web</translation>
    </message>
    <message>
        <source>Records that look alike</source>
        <translation>Fiches qui se ressemblent</translation>
    </message>
    <message>
        <source>Show the chosen record in the window</source>
        <translation>Afficher la fiche choisie dans la fenêtre</translation>
    </message>
    <message>
        <source>Merge the records of the chosen group into one</source>
        <translation>Fusionner en une seule les fiches du groupe choisi</translation>
    </message>
    <message>
        <source>Choose Scan to look for likely duplicates.</source>
        <translation>Choisissez Analyser pour rechercher les doublons probables.</translation>
    </message>
    <message>
        <source>Comparing the %1…</source>
        <translation>Comparaison des %1…</translation>
    </message>
    <message>
        <source>Scan cancelled; groups found before it stopped: %1.</source>
        <translation>Analyse annulée ; groupes trouvés avant l&apos;arrêt : %1.</translation>
    </message>
    <message>
        <source>No %1 look alike.</source>
        <translation>Aucun doublon parmi les %1.</translation>
    </message>
    <message>
        <source>Groups of %1 that look alike, most likely first: %2.</source>
        <translation>Groupes semblables parmi les %1, les plus probables en premier : %2.</translation>
    </message>
    <message>
        <source>Merging is not available in this window</source>
        <translation>La fusion n&apos;est pas disponible dans cette fenêtre</translation>
    </message>
</context>
<context>
    <name>crm::ui::ExchangeRatesDialog</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>Unités pour un dollar US</translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Yearly average rates: how many units of a currency one US dollar bought over the year. Reports convert each figure with the rate of its year; without one they list the figure as not converted.</source>
        <translation>Taux moyens annuels : combien d&apos;unités d&apos;une devise un dollar US permettait d&apos;acheter au cours de l&apos;année. Les rapports convertissent chaque montant au taux de son année ; à défaut, ils l&apos;indiquent comme non converti.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>e.g. 151.35</source>
        <translation>p. ex. 151.35</translation>
    </message>
    <message>
        <source>e.g. IMF International Financial Statistics</source>
        <translation>p. ex. Statistiques financières internationales du FMI</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>&amp;Units per US dollar</source>
        <translation>&amp;Unités pour un dollar US</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Set Rate</source>
        <translation>Définir le &amp;taux</translation>
    </message>
    <message>
        <source>&amp;Remove Selected</source>
        <translation>Supprimer la sé&amp;lection</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
</context>
<context>
    <name>crm::ui::ExportActions</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>%1 could not be written.

%2</source>
        <translation>Impossible d&apos;écrire %1.

%2</translation>
    </message>
    <message>
        <source>Export List as CSV…</source>
        <translation>Exporter la liste en CSV…</translation>
    </message>
    <message>
        <source>Export List as Excel…</source>
        <translation>Exporter la liste en Excel…</translation>
    </message>
    <message>
        <source>Export as vCards…</source>
        <translation>Exporter en vCards…</translation>
    </message>
    <message>
        <source>Export as vCards 3.0 (Older Phones)…</source>
        <translation>Exporter en vCards 3.0 (anciens téléphones)…</translation>
    </message>
    <message>
        <source>Export Trash as CSV…</source>
        <translation>Exporter la Corbeille en CSV…</translation>
    </message>
    <message>
        <source>Export Trash as Excel…</source>
        <translation>Exporter la Corbeille en Excel…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Current List as &amp;CSV…</source>
        <translation>Liste actuelle en &amp;CSV…</translation>
    </message>
    <message>
        <source>Current List as &amp;Excel…</source>
        <translation>Liste actuelle en &amp;Excel…</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCards…</source>
        <translation>Contacts en &amp;vCards…</translation>
    </message>
    <message>
        <source>C&amp;alendar (.ics)…</source>
        <translation>Ca&amp;lendrier (.ics)…</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3</source>
        <translation>Export vers %3 : %1 %2</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Export vCards</source>
        <translation>Exporter en vCards</translation>
    </message>
    <message>
        <source>Export Trash</source>
        <translation>Exporter la Corbeille</translation>
    </message>
    <message>
        <source>trash</source>
        <translation>corbeille</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>record</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>records</source>
        <translation>fiches</translation>
    </message>
    <message>
        <source>Add to Calendar</source>
        <translation>Ajouter au calendrier</translation>
    </message>
    <message>
        <source>This meeting has no start time to put in a calendar.</source>
        <translation>Ce rendez-vous n&apos;a pas d&apos;heure de début à inscrire dans un calendrier.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>No calendar program on this computer opened the meeting. Save it as a calendar file (.ics) to import by hand?</source>
        <translation>Aucun programme de calendrier de cet ordinateur n&apos;a ouvert le rendez-vous. L&apos;enregistrer dans un fichier de calendrier (.ics) à importer manuellement ?</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>Save to Calendar File</source>
        <translation>Enregistrer dans un fichier de calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>rendez-vous</translation>
    </message>
</context>
<context>
    <name>crm::ui::FieldLinkAction</name>
    <message>
        <source>Write E-mail</source>
        <translation>Écrire un courriel</translation>
    </message>
    <message>
        <source>Open Website</source>
        <translation>Ouvrir le site web</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation>Écrire un courriel à %1</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Ouvrir %1 dans le navigateur</translation>
    </message>
    <message>
        <source>No mail program on this computer opened %1.</source>
        <translation>Aucun programme de messagerie de cet ordinateur n&apos;a ouvert %1.</translation>
    </message>
    <message>
        <source>No browser on this computer opened %1.</source>
        <translation>Aucun navigateur de cet ordinateur n&apos;a ouvert %1.</translation>
    </message>
</context>
<context>
    <name>crm::ui::FollowUpModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
</context>
<context>
    <name>crm::ui::FollowUpsView</name>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <source>&amp;Show done</source>
        <translation>&amp;Afficher les suivis faits</translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done (Ctrl+D)</source>
        <translation>Marquer les suivis sélectionnés comme faits (Ctrl+D)</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Marquer « %1 » comme fait</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>Marquer %n suivi comme fait</numerusform>
            <numerusform>Marquer %n suivis comme faits</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Marquer comme fait</translation>
    </message>
</context>
<context>
    <name>crm::ui::FormFields</name>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Name in its own &amp;language</source>
        <translation>Nom dans sa &amp;langue</translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translation>&amp;Sigle</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>Confi&amp;dential</source>
        <translation>Confidenti&amp;el</translation>
    </message>
    <message>
        <source>Printed documents about this record carry a confidentiality marking</source>
        <translation>Les documents imprimés sur cette fiche portent une mention de confidentialité</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>&amp;Given name(s)</source>
        <translation>&amp;Prénom(s)</translation>
    </message>
    <message>
        <source>Family name &amp;reading (kana)</source>
        <translation>Lecture du nom (&amp;kana)</translation>
    </message>
    <message>
        <source>Given name r&amp;eading (kana)</source>
        <translation>Lecture du pr&amp;énom (kana)</translation>
    </message>
    <message>
        <source>Family name in &amp;Latin script</source>
        <translation>Nom en caractères la&amp;tins</translation>
    </message>
    <message>
        <source>Given name in Lat&amp;in script</source>
        <translation>Préno&amp;m en caractères latins</translation>
    </message>
    <message>
        <source>Name &amp;order</source>
        <translation>O&amp;rdre du nom</translation>
    </message>
    <message>
        <source>In the name&apos;s own script: 山田, Hassani, حساني. A family or a given name is required.</source>
        <translation>Dans l&apos;écriture propre du nom : 山田, Hassani, حساني. Un nom de famille ou un prénom est obligatoire.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Follows the name&apos;s culture; set automatically from the script until you choose.</source>
        <translation>Suit la culture du nom ; déduit automatiquement de l&apos;écriture tant que vous n&apos;avez pas choisi.</translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation>Conc&amp;erne</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>Fiche liée</translation>
    </message>
    <message>
        <source>Company and post</source>
        <translation>Société et poste</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>In&amp;vestor</source>
        <translation>In&amp;vestisseur</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Active &amp;from</source>
        <translation>En poste &amp;depuis</translation>
    </message>
    <message>
        <source>Active &amp;until</source>
        <translation>En poste &amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>Télép&amp;hones</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Delegate or mission</source>
        <translation>Délégué ou mission</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;Host country</source>
        <translation>&amp;Pays d&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>St&amp;age</source>
        <translation>Ét&amp;ape</translation>
    </message>
    <message>
        <source>&amp;Lost reason</source>
        <translation>&amp;Motif de la perte</translation>
    </message>
    <message>
        <source>Stage &amp;history</source>
        <translation>&amp;Historique des étapes</translation>
    </message>
    <message>
        <source>&amp;Credits</source>
        <translation>&amp;Contributions</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>Re&amp;tombées</translation>
    </message>
    <message>
        <source>Required when the stage is Lost</source>
        <translation>Obligatoire quand l&apos;étape est Perdu</translation>
    </message>
    <message>
        <source>A stage change without a matching entry gets one dated today when saved.</source>
        <translation>Un changement d&apos;étape sans entrée correspondante en reçoit une, datée du jour, à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Host office</source>
        <translation>Bureau d&apos;accueil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To (empty: current)</source>
        <translation>Fin (vide : en cours)</translation>
    </message>
    <message>
        <source>Agency and work</source>
        <translation>Agence et poste</translation>
    </message>
    <message>
        <source>Agenc&amp;y</source>
        <translation>A&amp;gence</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atut</translation>
    </message>
    <message>
        <source>&amp;Sectors</source>
        <translation>&amp;Secteurs</translation>
    </message>
    <message>
        <source>La&amp;nguages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>Programme sta&amp;ys</source>
        <translation>Sé&amp;jours du programme</translation>
    </message>
    <message>
        <source>Career &amp;positions</source>
        <translation>Parco&amp;urs</translation>
    </message>
    <message>
        <source>One per line, with the country code: +212 600 000 001</source>
        <translation>Un par ligne, avec l&apos;indicatif du pays : +212 600 000 001</translation>
    </message>
    <message>
        <source>One per line: ISO 639-1 codes (ar, fr, en) or names</source>
        <translation>Une par ligne : codes ISO 639-1 (ar, fr, en) ou noms</translation>
    </message>
    <message>
        <source>Free text; the career is better kept in the positions below.</source>
        <translation>Texte libre ; le parcours est mieux tenu dans les postes ci-dessous.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <source>Done &amp;at</source>
        <translation>Fait &amp;le</translation>
    </message>
    <message>
        <source>Set when saved as done</source>
        <translation>Renseigné à l&apos;enregistrement comme fait</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>The name officers use, often the Japanese legal name (矢崎総業株式会社)</source>
        <translation>Le nom qu&apos;emploient les chargés de promotion, souvent la raison sociale japonaise (矢崎総業株式会社)</translation>
    </message>
    <message>
        <source>Name in &amp;Latin script</source>
        <translation>Nom en caractères &amp;latins</translation>
    </message>
    <message>
        <source>Name &amp;reading (kana)</source>
        <translation>Lecture du nom (&amp;kana)</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Autres noms</translation>
    </message>
    <message>
        <source>One per line: other names that should find this investor (Yazaki, 矢崎)</source>
        <translation>Un par ligne : autres noms permettant de retrouver cet investisseur (Yazaki, 矢崎)</translation>
    </message>
    <message>
        <source>Head office &amp;city</source>
        <translation>&amp;Ville du siège</translation>
    </message>
    <message>
        <source>Head office c&amp;ountry</source>
        <translation>Pa&amp;ys du siège</translation>
    </message>
    <message>
        <source>&amp;Parent company</source>
        <translation>Société &amp;mère</translation>
    </message>
    <message>
        <source>&amp;Employees</source>
        <translation>E&amp;ffectif</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Name (kind other)</source>
        <translation>Nom (type Autre)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Interest &amp;level</source>
        <translation>&amp;Niveau d&apos;intérêt</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>Inte&amp;rpreter</source>
        <translation>&amp;Interprète</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation>&amp;Points à aborder</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>&amp;Information requested</source>
        <translation>In&amp;formations demandées</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Prochaine é&amp;tape</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>P&amp;articipants</translation>
    </message>
    <message>
        <source>What you want to raise; printed on the meeting briefing</source>
        <translation>Ce que vous voulez aborder ; imprimé sur la fiche de rendez-vous</translation>
    </message>
    <message>
        <source>French / Japanese</source>
        <translation>Français / japonais</translation>
    </message>
    <message>
        <source>Starts at (local time)</source>
        <translation>Début (heure locale)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Date de &amp;début</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Date de &amp;fin</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Lieux</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>P&amp;articipants</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <source>One per line: cities, sites, venues</source>
        <translation>Un par ligne : villes, sites, salles</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <source>&amp;Written at</source>
        <translation>&amp;Rédigée le</translation>
    </message>
    <message>
        <source>Now, when saved</source>
        <translation>Maintenant, à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Chargé de promotion</translation>
    </message>
    <message>
        <source>&amp;Initials</source>
        <translation>&amp;Initiales</translation>
    </message>
    <message>
        <source>1-5 letters, e.g. HS</source>
        <translation>1 à 5 lettres, p. ex. HS</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Actif</translation>
    </message>
    <message>
        <source>Type part of a name to search</source>
        <translation>Saisissez une partie d&apos;un nom pour rechercher</translation>
    </message>
</context>
<context>
    <name>crm::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Delegates CRM</source>
        <translation>À &amp;propos de Delegates CRM</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryModel</name>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Moved to Trash</source>
        <translation>Mise à la Corbeille</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Suppression définitive</translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation>Lien supprimé</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusion dans</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Fusion annulée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryValues</name>
    <message>
        <source>(a purged %1)</source>
        <translation>(fiche %1 supprimée définitivement)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryView</name>
    <message>
        <source>History of %1 “%2”</source>
        <translation>Historique : %1 « %2 »</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <extracomment>Above the empty history of a record when the database could not be read.</extracomment>
        <translation>Impossible de lire l&apos;historique : %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportCommand</name>
    <message numerus="yes">
        <source>Import %1 (%n record(s))</source>
        <translation>
            <numerusform>Importation de %1 (%n fiche)</numerusform>
            <numerusform>Importation de %1 (%n fiches)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportHistoryDialog</name>
    <message>
        <source>&amp;Revert Import…</source>
        <translation>&amp;Annuler l&apos;importation…</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <source>Every import of this database. Reverting one removes the records it created and empties the fields it filled, as long as none of them was edited since.</source>
        <translation>Toutes les importations dans cette base de données. En annuler une supprime les fiches qu&apos;elle a créées et vide les champs qu&apos;elle a remplis, à condition qu&apos;aucun n&apos;ait été modifié depuis.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Annulée le</translation>
    </message>
    <message>
        <source>Revert the import of %1 on %2?

The %3 records it created are removed for good, and the fields it filled in %4 records are emptied again.</source>
        <translation>Annuler l&apos;importation de %1 du %2 ?

Les %3 fiches qu&apos;elle a créées seront supprimées définitivement, et les champs qu&apos;elle a remplis dans %4 fiches seront de nouveau vidés.</translation>
    </message>
    <message>
        <source>Revert Import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Cannot Revert the Import</source>
        <translation>Impossible d&apos;annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Nothing was changed.

%1</source>
        <translation>Rien n&apos;a été modifié.

%1</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportMappingPage</name>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Correspondances de colonnes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Columns and Fields</source>
        <translation>Colonnes et champs</translation>
    </message>
    <message>
        <source>Each column of the file fills the field chosen for it, or is skipped. Columns were matched by their headers; change any match here.</source>
        <translation>Chaque colonne du fichier remplit le champ choisi pour elle, ou est ignorée. Les colonnes ont été associées d&apos;après leurs en-têtes ; vous pouvez modifier ici chaque association.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>&amp;Charger une correspondance…</translation>
    </message>
    <message>
        <source>Use a mapping saved for an earlier file of the same layout.</source>
        <translation>Utiliser une correspondance enregistrée pour un fichier précédent de même structure.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Keep this mapping for the next file of the same layout, here or with the command-line tool&apos;s --mapping.</source>
        <translation>Conserver cette correspondance pour le prochain fichier de même structure, ici ou avec l&apos;option --mapping de l&apos;outil en ligne de commande.</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Column Mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Mapping saved as %1.</source>
        <translation>Correspondance enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a saved column mapping: %2</source>
        <translation>%1 n&apos;est pas une correspondance de colonnes enregistrée : %2</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Correspondance chargée depuis %1.</translation>
    </message>
    <message>
        <source>Columns it names that this file does not have: %1.</source>
        <translation>Colonnes qu&apos;elle nomme et que ce fichier n&apos;a pas : %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Columns of this file it does not name, skipped: %1.</source>
        <translation>Colonnes de ce fichier qu&apos;elle ne nomme pas, ignorées : %1.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Impossible d&apos;utiliser %1 : %2</translation>
    </message>
    <message>
        <source>Columns and the fields they go to</source>
        <translation>Colonnes et champs correspondants</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportPreviewPage</name>
    <message>
        <source>&amp;Preview Again</source>
        <translation>&amp;Actualiser l&apos;aperçu</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>Fiche existante</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>&amp;Leave out the refused rows</source>
        <translation>&amp;Laisser de côté les lignes refusées</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Nothing is written yet. Check the rows, the refused ones and those that match a record already there, then import.</source>
        <translation>Rien n&apos;est encore écrit. Vérifiez les lignes, celles qui sont refusées et celles qui correspondent à une fiche existante, puis importez.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose for every one…</source>
        <translation>Choisir pour chacune…</translation>
    </message>
    <message>
        <source>Without this, a file with a refused row is not imported at all: correct the file, or the mapping, and preview again.</source>
        <translation>Sans cette option, un fichier qui contient une ligne refusée n&apos;est pas importé du tout : corrigez le fichier ou la correspondance, puis actualisez l&apos;aperçu.</translation>
    </message>
    <message>
        <source>For &amp;all of them:</source>
        <translation>Pour &amp;toutes :</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Already There</source>
        <translation>Déjà présentes</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>The preview was cancelled; nothing was written.</source>
        <translation>L&apos;aperçu a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation>Impossible de préparer l&apos;importation : %1</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle fiche</translation>
    </message>
    <message>
        <source>skipped: %1 is there</source>
        <translation>ignorée : %1 existe déjà</translation>
    </message>
    <message>
        <source>skipped: nothing of %1 is empty</source>
        <translation>ignorée : aucun champ de %1 n&apos;est vide</translation>
    </message>
    <message>
        <source>fills %1 of %2</source>
        <translation>remplit %1 dans %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>new, beside %1</source>
        <translation>nouvelle fiche, en plus de %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(aucune colonne)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Refusées (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>What to do with row %1</source>
        <translation>Que faire de la ligne %1</translation>
    </message>
    <message>
        <source>Already There (%1)</source>
        <translation>Déjà présentes (%1)</translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation>Aucun aperçu.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L&apos;importation a été annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Lignes à importer</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>Rows already there</source>
        <translation>Lignes déjà présentes</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportProgressDialog</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportSourcePage</name>
    <message>
        <source>&amp;Choose Files…</source>
        <translation>&amp;Choisir des fichiers…</translation>
    </message>
    <message>
        <source>What to Import</source>
        <translation>Que faut-il importer ?</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or text, an Excel workbook (.xlsx), or business cards (.vcf; choose several at once for a folder of cards).</source>
        <translation>Un tableur enregistré en CSV ou en texte, un classeur Excel (.xlsx) ou des cartes de visite (.vcf ; choisissez-en plusieurs à la fois pour un dossier de cartes).</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16LE (Excel&apos;s Unicode text)</source>
        <translation>UTF-16LE (texte Unicode d&apos;Excel)</translation>
    </message>
    <message>
        <source>UTF-16BE</source>
        <translation>UTF-16BE</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932, Japanese Windows)</source>
        <translation>Shift_JIS (CP932, Windows japonais)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>The file is read again in the encoding chosen.</source>
        <translation>Le fichier est relu dans l&apos;encodage choisi.</translation>
    </message>
    <message>
        <source>Refuse them (ask the sender)</source>
        <translation>Les refuser (demander à l&apos;expéditeur)</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Jour d&apos;abord (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Mois d&apos;abord (12/31/2024)</translation>
    </message>
    <message>
        <source>How dates such as 01/04/2024 are read: 1 April in a French or Japanese file, January 4 in an American one. Dates written 2024-04-01 or 2024/4/1 are always read.</source>
        <translation>Comment lire les dates telles que 01/04/2024 : le 1er avril dans un fichier français ou japonais, le 4 janvier dans un fichier américain. Les dates écrites 2024-04-01 ou 2024/4/1 sont toujours lues.</translation>
    </message>
    <message>
        <source>Import &amp;as:</source>
        <translation>Importer c&amp;omme :</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Lu comme :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>Dates like &amp;01/04/2024:</source>
        <translation>Dates comme &amp;01/04/2024 :</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Spreadsheets and business cards (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard);;CSV and text (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;Business cards (*.vcf *.vcard);;All files (*)</source>
        <translation>Tableurs et cartes de visite (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard);;CSV et texte (*.csv *.tsv *.txt);;Classeurs Excel (*.xlsx);;Cartes de visite (*.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportText</name>
    <message>
        <source>Full name (family and given)</source>
        <translation>Nom complet (nom et prénom)</translation>
    </message>
    <message>
        <source>Full name reading (kana)</source>
        <translation>Lecture du nom complet (kana)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>by field name</source>
        <translation>par nom de champ</translation>
    </message>
    <message>
        <source>by label</source>
        <translation>par libellé</translation>
    </message>
    <message>
        <source>by usual header</source>
        <translation>par en-tête usuel</translation>
    </message>
    <message>
        <source>by saved mapping</source>
        <translation>par correspondance enregistrée</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisie</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>même site web</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Update Empty Fields</source>
        <translation>Remplir les champs vides</translation>
    </message>
    <message>
        <source>Create Anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>CSV or text file</source>
        <translation>Fichier CSV ou texte</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message numerus="yes">
        <source>%n vCard file(s)</source>
        <translation>
            <numerusform>%n fichier vCard</numerusform>
            <numerusform>%n fichiers vCard</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>Fichier vCard</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>%1, %2; %3</source>
        <translation>%1, %2 ; %3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 skipped, %4 refused</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 à ignorer, %4 refusées</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>Rien n&apos;a été importé depuis %1.

%2</translation>
    </message>
    <message>
        <source>%1 imported as %2: %3 new, %4 updated with empty fields filled, %5 skipped.</source>
        <translation>%1 importé en tant que %2 : %3 fiches créées, %4 mises à jour (champs vides remplis), %5 ignorées.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) left out.</source>
        <translation>
            <numerusform>%n ligne refusée laissée de côté.</numerusform>
            <numerusform>%n lignes refusées laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back in one step; File &gt; Import History… lists it and can revert it later, as long as its records were not edited since.</source>
        <translation>Édition &gt; Annuler reprend toute l&apos;importation en une seule étape ; Fichier &gt; Historique des importations… la répertorie et permet de l&apos;annuler plus tard, tant que ses fiches n&apos;ont pas été modifiées depuis.</translation>
    </message>
</context>
<context>
    <name>crm::ui::InstantEdit</name>
    <message>
        <source>%1 (local time)</source>
        <extracomment>%1 is a sample date and time written the locale&apos;s way</extracomment>
        <translation>%1 (heure locale)</translation>
    </message>
    <message>
        <source>Your local time (%1)</source>
        <extracomment>%1 is an IANA time zone (Asia/Tokyo), set in Edit &gt; Preferences</extracomment>
        <translation>Votre heure locale (%1)</translation>
    </message>
</context>
<context>
    <name>crm::ui::LinkedRecordFieldEditor</name>
    <message>
        <source>Kind of linked record</source>
        <translation>Type de fiche liée</translation>
    </message>
    <message>
        <source>Type part of a name to search</source>
        <translation>Saisissez une partie d&apos;un nom pour rechercher</translation>
    </message>
</context>
<context>
    <name>crm::ui::ListColumns</name>
    <message>
        <source>Name in its language</source>
        <translation>Nom dans sa langue</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investisseur</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Pays d&apos;accueil</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Rédigée le</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>crm::ui::MainWindow</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>Impossible d&apos;annuler ou de rétablir</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Impossible de lire la base de données</translation>
    </message>
    <message>
        <source>Double-click a follow-up to open the record it is about.</source>
        <translation>Double-cliquez sur un suivi pour ouvrir la fiche qu&apos;il concerne.</translation>
    </message>
    <message>
        <source>Records in the Trash open again once restored.</source>
        <translation>Les fiches de la Corbeille s&apos;ouvrent de nouveau une fois restaurées.</translation>
    </message>
    <message>
        <source>Choose a record in the list to see it here.</source>
        <translation>Choisissez une fiche dans la liste pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>Choose a record in the list to see it here, or press %1 to add a new one.</source>
        <translation>Choisissez une fiche dans la liste pour l&apos;afficher ici, ou appuyez sur %1 pour en ajouter une.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Load &amp;Sample Data</source>
        <translation>Charger les &amp;données d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Change Officer…</source>
        <translation>&amp;Changer de chargé de promotion…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>F&amp;iche</translation>
    </message>
    <message>
        <source>Quick &amp;Meeting Entry…</source>
        <translation>Saisie rapide de &amp;rendez-vous…</translation>
    </message>
    <message>
        <source>Print &amp;Briefing…</source>
        <translation>Imprimer le document de &amp;briefing…</translation>
    </message>
    <message>
        <source>The meeting briefing, investor or delegate profile, or mission booklet of the record on show, in the language of your choice</source>
        <translation>La fiche de rendez-vous, le profil d&apos;investisseur ou de délégué, ou le livret de mission de la fiche affichée, dans la langue de votre choix</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Programme Report…</source>
        <translation>Rapport du &amp;programme…</translation>
    </message>
    <message>
        <source>&amp;Exchange Rates…</source>
        <translation>Taux de &amp;change…</translation>
    </message>
    <message>
        <source>Open a meeting, an investor, a delegate or a mission to print its briefing.</source>
        <translation>Ouvrez un rendez-vous, un investisseur, un délégué ou une mission pour imprimer son document de briefing.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <source>&amp;Save Record</source>
        <translation>&amp;Enregistrer la fiche</translation>
    </message>
    <message>
        <source>&amp;Delete Record</source>
        <translation>&amp;Supprimer la fiche</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Delegates CRM</source>
        <translation>Delegates CRM</translation>
    </message>
    <message>
        <source>%1 (read-only) – Delegates CRM</source>
        <translation>%1 (lecture seule) – Delegates CRM</translation>
    </message>
    <message>
        <source>%1 – Delegates CRM</source>
        <translation>%1 – Delegates CRM</translation>
    </message>
    <message>
        <source>Delegates CRM databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Delegates CRM (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Base de données vide</translation>
    </message>
    <message>
        <source>This database holds no records yet. Load the sample dataset (AMDIE, Yazaki&apos;s plants in Morocco and a few fictional agencies, investors and deals) to explore the application?</source>
        <translation>Cette base de données ne contient encore aucune fiche. Charger le jeu de données d&apos;exemple (l&apos;AMDIE, les usines de Yazaki au Maroc et quelques agences, investisseurs et projets fictifs) pour découvrir l&apos;application ?</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sample record(s).</source>
        <translation>
            <numerusform>%n fiche d&apos;exemple chargée.</numerusform>
            <numerusform>%n fiches d&apos;exemple chargées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load the sample data</source>
        <translation>Impossible de charger les données d&apos;exemple</translation>
    </message>
    <message>
        <source>No officer chosen</source>
        <translation>Aucun chargé de promotion choisi</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Chargé de promotion : %1</translation>
    </message>
    <message>
        <source>Officer: (cannot be read)</source>
        <extracomment>Status bar when the chosen officer&apos;s record could not be read.</extracomment>
        <translation>Chargé de promotion : (illisible)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>crm::ui::MeetingEntryCommand</name>
    <message>
        <source>Meeting with %1</source>
        <translation>Rendez-vous avec %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::MeetingEntryDialog</name>
    <message>
        <source>New Meeting</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the meeting and its follow-up (Ctrl+Return)</source>
        <translation>Enregistrer le rendez-vous et son suivi (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission :</translation>
    </message>
    <message>
        <source>Type part of any of its names</source>
        <translation>Saisissez une partie de l&apos;un de ses noms</translation>
    </message>
    <message>
        <source>&amp;Investor:</source>
        <translation>&amp;Investisseur :</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Interp&amp;reter:</source>
        <translation>I&amp;nterprète :</translation>
    </message>
    <message>
        <source>e.g. French / Japanese</source>
        <translation>p. ex. français / japonais</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Interest &amp;level:</source>
        <translation>Ni&amp;veau d&apos;intérêt :</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>D&amp;elegates:</source>
        <translation>D&amp;élégués :</translation>
    </message>
    <message>
        <source>Investor&apos;s &amp;contacts:</source>
        <translation>&amp;Contacts de l&apos;investisseur :</translation>
    </message>
    <message>
        <source>ITPO &amp;officers:</source>
        <translation>C&amp;hargés de promotion ITPO :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>In&amp;formation requested:</source>
        <translation>Inf&amp;ormations demandées :</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>&amp;Prochaine étape :</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>La prochaine étape</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Re&amp;sponsable :</translation>
    </message>
    <message>
        <source>Empty: no follow-up</source>
        <translation>Vide : pas de suivi</translation>
    </message>
    <message>
        <source>A date (2026-12-07), or +7 for a week from today, +2w for two weeks</source>
        <translation>Une date (2026-12-07), ou +7 pour dans une semaine, +2w pour dans deux semaines</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Éché&amp;ance :</translation>
    </message>
    <message>
        <source>“%1” matches no record</source>
        <translation>« %1 » ne correspond à aucune fiche</translation>
    </message>
    <message>
        <source>is not a date (2026-12-07, or +7 for a week from today)</source>
        <translation>n&apos;est pas une date (2026-12-07, ou +7 pour dans une semaine)</translation>
    </message>
    <message>
        <source>Discard this meeting? What you typed is lost.</source>
        <translation>Abandonner ce rendez-vous ? Ce que vous avez saisi sera perdu.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a field&apos;s name, then its problem: Investor | is required</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeActions</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Merge the selected records into one: pick what stays, every link moves to it</source>
        <translation>Fusionner les fiches sélectionnées en une seule : choisissez ce qui est conservé, tous les liens y sont reportés</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <extracomment>Title of the message shown when records cannot be merged: &quot;Merge Investors&quot;.</extracomment>
        <translation>Fusionner – %1</translation>
    </message>
    <message>
        <source>This database is open read-only (%1): records cannot be merged.</source>
        <translation>Cette base de données est ouverte en lecture seule (%1) : impossible de fusionner des fiches.</translation>
    </message>
    <message>
        <source>Select two or more records to merge.</source>
        <translation>Sélectionnez au moins deux fiches à fusionner.</translation>
    </message>
    <message>
        <source>These records cannot be merged.</source>
        <translation>Ces fiches ne peuvent pas être fusionnées.</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeCommand</name>
    <message>
        <source>“%1”</source>
        <extracomment>A merged-away record in the name of a merge step: its title in quotes.</extracomment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Merge %1 into “%2”</source>
        <extracomment>The name of a merge in the undo history: &quot;Merge “ヤザキ” into “Yazaki Corporation”&quot;.</extracomment>
        <translation>Fusion de %1 dans « %2 »</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <extracomment>Title of the merge dialog: &quot;Merge Investors&quot;.</extracomment>
        <translation>Fusionner – %1</translation>
    </message>
    <message>
        <source>These records become one. Choose the record that stays and, where they differ, the value it keeps; lists are united. Every link to the others moves to the record that stays. Edit &gt; Undo takes the merge back.</source>
        <translation>Ces fiches n&apos;en feront plus qu&apos;une. Choisissez la fiche conservée et, là où elles diffèrent, la valeur qu&apos;elle garde ; les listes sont réunies. Tous les liens vers les autres fiches sont reportés sur la fiche conservée. Édition &gt; Annuler revient sur la fusion.</translation>
    </message>
    <message>
        <source>Records side by side</source>
        <translation>Fiches côte à côte</translation>
    </message>
    <message>
        <source>Merge the records into the one that stays, as one step that Undo takes back</source>
        <translation>Fusionner les fiches dans celle qui est conservée, en une seule étape qu&apos;Annuler peut défaire</translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;identical fields (%n)</source>
        <extracomment>The toggle under the merge table; the count is of fields alike in every record.</extracomment>
        <translation>
            <numerusform>Afficher les champs &amp;identiques (%n)</numerusform>
            <numerusform>Afficher les champs &amp;identiques (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stays:</source>
        <translation>Conservée :</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <extracomment>Under a record&apos;s title in the merge dialog: when it was last changed.</extracomment>
        <translation>Modifiée le %1</translation>
    </message>
    <message>
        <source>This record stays</source>
        <translation>Cette fiche est conservée</translation>
    </message>
    <message>
        <source>Keep this one instead</source>
        <translation>Conserver plutôt celle-ci</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <extracomment>The accessible name of the radio button making a record the one a merge keeps.</extracomment>
        <translation>Conserver « %1 »</translation>
    </message>
    <message>
        <source>The lists of all the records, united</source>
        <extracomment>The tooltip of a list field in the merge dialog.</extracomment>
        <translation>Les listes de toutes les fiches, réunies</translation>
    </message>
    <message>
        <source>(united)</source>
        <translation>(réunies)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 from “%2”: %3</source>
        <extracomment>The accessible name of a value the officer can pick in the merge dialog: field, record, value.</extracomment>
        <translation>%1 de « %2 » : %3</translation>
    </message>
    <message>
        <source>No other record links to the records merged away.</source>
        <translation>Aucune autre fiche n&apos;est liée aux fiches fusionnées.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) from other records (meetings, deals, notes, ...) will move to “%1”.</source>
        <translation>
            <numerusform>%n lien provenant d&apos;autres fiches (rendez-vous, projets, notes…) sera reporté sur « %1 ».</numerusform>
            <numerusform>%n liens provenant d&apos;autres fiches (rendez-vous, projets, notes…) seront reportés sur « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>The merge also applies these rules:</source>
        <extracomment>Above the list of rules a merge applies (an attendee twice kept once, a parent cleared...).</extracomment>
        <translation>La fusion applique aussi ces règles :</translation>
    </message>
    <message>
        <source>The records were not merged: nothing was changed.</source>
        <extracomment>Above the reason a merge was refused.</extracomment>
        <translation>Les fiches n&apos;ont pas été fusionnées : rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>crm::ui::OfficerDialog</name>
    <message>
        <source>Who is making changes?</source>
        <translation>Qui effectue les modifications ?</translation>
    </message>
    <message>
        <source>New officer…</source>
        <translation>Nouveau chargé de promotion…</translation>
    </message>
    <message>
        <source>Choose yourself, or New officer…</source>
        <translation>Choisissez votre nom, ou Nouveau chargé de promotion…</translation>
    </message>
    <message>
        <source>Every change you make is recorded under your name. Choose yourself, or add yourself as a new officer.</source>
        <translation>Chaque modification que vous faites est enregistrée sous votre nom. Choisissez votre nom, ou ajoutez-vous comme nouveau chargé de promotion.</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Chargé de promotion :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initiales :</translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineBoard</name>
    <message>
        <source>A deal moved to Lost needs a reason.</source>
        <translation>Un projet passé à l&apos;étape Perdu doit avoir un motif.</translation>
    </message>
    <message>
        <source>Stage %1.</source>
        <translation>Étape %1.</translation>
    </message>
    <message>
        <source>Date %1.</source>
        <translation>Date %1.</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage</source>
        <translation>Passer à l&apos;étape &amp;suivante</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>Revenir à l&apos;étape &amp;précédente</translation>
    </message>
    <message>
        <source>Move the selected deal to the next stage (Ctrl+Right)</source>
        <translation>Faire passer le projet sélectionné à l&apos;étape suivante (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Move the selected deal to the previous stage (Ctrl+Left)</source>
        <translation>Ramener le projet sélectionné à l&apos;étape précédente (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Pays d&apos;accueil</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Deals with a stage change in that year</source>
        <translation>Projets ayant changé d&apos;étape cette année-là</translation>
    </message>
    <message>
        <source>Drag a card, or press Ctrl+Right / Ctrl+Left, to change its stage</source>
        <translation>Faites glisser une carte, ou appuyez sur Ctrl+Right / Ctrl+Left, pour changer son étape</translation>
    </message>
    <message>
        <source>Ctrl+Right / Ctrl+Left: move the selected deal to the next / previous stage</source>
        <translation>Ctrl+Right / Ctrl+Left : faire passer le projet sélectionné à l&apos;étape suivante / précédente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1</source>
        <translation>
            <numerusform>%n projet à l&apos;étape %1</numerusform>
            <numerusform>%n projets à l&apos;étape %1</numerusform>
        </translation>
    </message>
    <message>
        <source>All host countries</source>
        <translation>Tous les pays d&apos;accueil</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All delegates</source>
        <translation>Tous les délégués</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Move Deal</source>
        <translation>Déplacer le projet</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Passage de « %1 » à l&apos;étape %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineCardDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Capex: %1</source>
        <translation>Investissement : %1</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>Emplois : %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>Capex: %1</source>
        <translation>Investissement : %1</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>Emplois : %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language and time</source>
        <translation>Langue et heure</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <extracomment>The first choice of the language of the screens; %1 is the system&apos;s language in its own words</extracomment>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>The language of menus, forms and messages, and the way dates, numbers and amounts are written</source>
        <translation>La langue des menus, des formulaires et des messages, et l&apos;écriture des dates, nombres et montants</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <extracomment>%1 is this computer&apos;s IANA time zone (Asia/Tokyo)</extracomment>
        <translation>Celui de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>The times of notes, follow-ups, the history and new meetings are shown and typed in this zone</source>
        <translation>Les heures des notes, des suivis, de l&apos;historique et des nouveaux rendez-vous sont affichées et saisies dans ce fuseau</translation>
    </message>
    <message>
        <source>&amp;Language of the screens:</source>
        <translation>&amp;Langue des écrans :</translation>
    </message>
    <message>
        <source>Your &amp;time zone:</source>
        <translation>Votre &amp;fuseau horaire :</translation>
    </message>
    <message>
        <source>Printed documents and reports</source>
        <translation>Documents imprimés et rapports</translation>
    </message>
    <message>
        <source>The language Print Briefing starts with; each document can still be printed in another</source>
        <translation>La langue proposée pour imprimer un document de briefing ; chaque document peut être imprimé dans une autre</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation>Modèles intégrés</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the folder of the office&apos;s own templates</source>
        <translation>Choisir le dossier des modèles propres au bureau</translation>
    </message>
    <message>
        <source>The currency the programme report converts capex into</source>
        <translation>La devise dans laquelle le rapport du programme convertit les investissements</translation>
    </message>
    <message>
        <source>Language of &amp;documents:</source>
        <translation>Langue des &amp;documents :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Te&amp;mplates folder:</source>
        <translation>Dossier des &amp;modèles :</translation>
    </message>
    <message>
        <source>Report &amp;currency:</source>
        <translation>Devise du &amp;rapport :</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Chargé de promotion</translation>
    </message>
    <message>
        <source>Change &amp;Officer…</source>
        <translation>Changer de chargé de pr&amp;omotion…</translation>
    </message>
    <message>
        <source>Who is making changes: every change is recorded under this name</source>
        <translation>Qui fait les modifications : chacune est enregistrée sous ce nom</translation>
    </message>
    <message>
        <source>No officer chosen</source>
        <translation>Aucun chargé de promotion choisi</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Choose one from the list, or type its name, such as Asia/Tokyo or Europe/Paris.</source>
        <extracomment>%1 is what the officer typed in the time zone field</extracomment>
        <translation>« %1 » n&apos;est pas un fuseau horaire. Choisissez-en un dans la liste, ou tapez son nom, par exemple Asia/Tokyo ou Europe/Paris.</translation>
    </message>
    <message>
        <source>The templates folder %1 does not exist. Choose another, or clear the field to use the built-in templates.</source>
        <extracomment>%1 is a folder&apos;s path</extracomment>
        <translation>Le dossier des modèles %1 n&apos;existe pas. Choisissez-en un autre, ou videz le champ pour utiliser les modèles intégrés.</translation>
    </message>
    <message>
        <source>The language changes when Delegates CRM starts again. Restart now?</source>
        <translation>La langue change au prochain démarrage de Delegates CRM. Redémarrer maintenant ?</translation>
    </message>
</context>
<context>
    <name>crm::ui::PrepareReplicaDialog</name>
    <message>
        <source>&amp;Missions</source>
        <translation>&amp;Missions</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>&amp;Délégués</translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A scope tab of Prepare Mission Laptop with the number of entries ticked in it.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Laptop name</source>
        <translation>Nom du portable</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Délégués</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Everything in this database</source>
        <translation>&amp;Tout le contenu de cette base de données</translation>
    </message>
    <message>
        <source>Only what the chosen missions, delegates and countries &amp;need</source>
        <translation>Seulement ce dont les missions, délégués et pays choisis ont &amp;besoin</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>P&amp;réparer</translation>
    </message>
    <message>
        <source>Prepare Mission Laptop</source>
        <translation>Préparer un portable de mission</translation>
    </message>
    <message>
        <source>Writes a copy of this database for a mission laptop. Officers on the mission work in the copy; on the way back, export their changes there and import them here (and the other way round) with the Sync menu.</source>
        <translation>Écrit une copie de cette base de données pour un portable de mission. Les chargés de promotion en mission travaillent dans la copie ; au retour, exportez-y leurs modifications et importez-les ici (et inversement) avec le menu Synchronisation.</translation>
    </message>
    <message>
        <source>e.g. Casablanca mission laptop</source>
        <translation>p. ex. portable de la mission à Casablanca</translation>
    </message>
    <message>
        <source>How this database and the laptop name each other in the Sync menu and status bar</source>
        <translation>Le nom sous lequel cette base de données et le portable se désignent l&apos;un l&apos;autre dans le menu Synchronisation et la barre d&apos;état</translation>
    </message>
    <message>
        <source>The new database file to copy to the laptop</source>
        <translation>Le nouveau fichier de base de données à copier sur le portable</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Laptop &amp;name:</source>
        <translation>&amp;Nom du portable :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>What the laptop takes</source>
        <translation>Ce que le portable emporte</translation>
    </message>
    <message>
        <source>With a choice, the copy holds the records linked to it and what they refer to (agencies, investors, contacts, officers), with their notes and follow-ups.</source>
        <translation>Avec une sélection, la copie contient les fiches qui y sont liées et celles auxquelles elles renvoient (agences, investisseurs, contacts, chargés de promotion), avec leurs notes et leurs suivis.</translation>
    </message>
    <message>
        <source>mission-laptop</source>
        <translation>portable-mission</translation>
    </message>
    <message>
        <source>Write the Mission Laptop&apos;s Database</source>
        <translation>Écrire la base de données du portable de mission</translation>
    </message>
    <message>
        <source>Delegates CRM databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Delegates CRM (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Name the laptop, e.g. after the mission it goes on.</source>
        <translation>Nommez le portable, p. ex. d&apos;après la mission pour laquelle il part.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Tick at least one mission, delegate or country, or choose everything.</source>
        <translation>Cochez au moins une mission, un délégué ou un pays, ou choisissez tout.</translation>
    </message>
    <message>
        <source>Writing the copy for %1…</source>
        <translation>Écriture de la copie pour %1…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ProgrammeReportDialog</name>
    <message>
        <source>Programme Report</source>
        <translation>Rapport du programme</translation>
    </message>
    <message>
        <source>The currency capex is converted into, with the yearly average rates</source>
        <translation>Devise dans laquelle l&apos;investissement est converti, aux taux moyens annuels</translation>
    </message>
    <message>
        <source>Exchange &amp;Rates…</source>
        <translation>&amp;Taux de change…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save C&amp;SV…</source>
        <translation>Enregistrer en C&amp;SV…</translation>
    </message>
    <message>
        <source>Some capex could not be converted: rates are missing for %1. Add them with Exchange Rates… to count it in %2.</source>
        <translation>Une partie de l&apos;investissement n&apos;a pas pu être convertie : il manque des taux pour %1. Ajoutez-les avec Taux de change… pour la compter en %2.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>Impossible d&apos;enregistrer le PDF</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Enregistrer le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the CSV</source>
        <translation>Impossible d&apos;enregistrer le CSV</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>programme-report</source>
        <translation>rapport-programme</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Rapport du programme</translation>
    </message>
</context>
<context>
    <name>crm::ui::ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>crm::ui::QuickRecordDialog</name>
    <message>
        <source>New %1 – %2</source>
        <translation>Nouvelle fiche %1 – %2</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReadOnlyBanner</name>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1 can only be read, because %2. You can list, view, search, print and export its records; to change them, copy the file to a folder you can write to and open the copy.</source>
        <translation>&lt;b&gt;Lecture seule :&lt;/b&gt; %1 ne peut qu&apos;être lu, car %2. Vous pouvez lister, consulter, rechercher, imprimer et exporter ses fiches ; pour les modifier, copiez le fichier dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordCheckList</name>
    <message>
        <source>Type to filter, Enter to tick</source>
        <translation>Tapez pour filtrer, Entrée pour cocher</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <extracomment>The accessible name of the box that filters a list of records to tick: &quot;Filter Delegates:&quot;.</extracomment>
        <translation>Filtrer : %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordCommand</name>
    <message>
        <source>%1: %2 “%3”</source>
        <translation>%1 : %2 « %3 »</translation>
    </message>
    <message>
        <source>Cannot undo “%1”.</source>
        <translation>Impossible d&apos;annuler « %1 ».</translation>
    </message>
    <message>
        <source>Cannot redo “%1”.</source>
        <translation>Impossible de rétablir « %1 ».</translation>
    </message>
    <message>
        <source>Nothing was changed. The step is taken off the undo history; the steps before it can still be undone.</source>
        <translation>Rien n&apos;a été modifié. Cette étape est retirée de l&apos;historique d&apos;annulation ; les étapes précédentes peuvent toujours être annulées.</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Création d&apos;une fiche %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restauration de %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordForm</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a field&apos;s name, then its problem: End date | must not be before the start</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordKindLabel</name>
    <message>
        <source>Officer</source>
        <translation>Chargé de promotion</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investisseur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Chargés de promotion</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agences</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Délégués</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>Investisseurs</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordLinkEdit</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the linked %1</source>
        <translation>Ouvrir la fiche liée (%1)</translation>
    </message>
    <message>
        <source>Open this %1</source>
        <translation>Ouvrir cette fiche (%1)</translation>
    </message>
    <message>
        <source>Linked %1</source>
        <translation>Fiche liée (%1)</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordListModel</name>
    <message>
        <source>(missing)</source>
        <translation>(introuvable)</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordListPane</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>Filtrer les %1 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Filtre rapide</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 match the filter</source>
        <translation>%1 %2 correspondant au filtre</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordPane</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Save the record (%1)</source>
        <translation>Enregistrer la fiche (%1)</translation>
    </message>
    <message>
        <source>Move the record to the Trash; Undo brings it back</source>
        <translation>Mettre la fiche à la Corbeille ; Annuler la récupère</translation>
    </message>
    <message>
        <source>Add to Calendar</source>
        <translation>Ajouter au calendrier</translation>
    </message>
    <message>
        <source>Open this meeting in your calendar program</source>
        <translation>Ouvrir ce rendez-vous dans votre programme de calendrier</translation>
    </message>
    <message>
        <source>Save to Calendar File…</source>
        <translation>Enregistrer dans un fichier de calendrier…</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>Fiches &amp;liées</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to this %1 first?</source>
        <translation>Enregistrer d&apos;abord vos modifications de cette fiche %1 ?</translation>
    </message>
    <message>
        <source>This %1 is in the Trash. Restore it from the Trash to edit it.</source>
        <translation>Cette fiche %1 est dans la Corbeille. Restaurez-la depuis la Corbeille pour la modifier.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Choose a record in a list to see it here.</source>
        <translation>Choisissez une fiche dans une liste pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>This %1 is in the Trash. Undo or restore it from the Trash to edit it.</source>
        <translation>Cette fiche %1 est dans la Corbeille. Annulez la suppression ou restaurez-la depuis la Corbeille pour la modifier.</translation>
    </message>
    <message>
        <source>This %1 no longer exists (it was purged or undone).</source>
        <translation>Cette fiche %1 n&apos;existe plus (supprimée définitivement ou annulée).</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>Aucune fiche sélectionnée</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouvelle fiche %1</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <extracomment>The record pane&apos;s header when the damaged database could not give the record&apos;s title.</extracomment>
        <translation>%1 (illisible)</translation>
    </message>
</context>
<context>
    <name>crm::ui::RelatedPane</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>Fiches liées</translation>
    </message>
    <message>
        <source>The related records cannot be read: %1</source>
        <extracomment>Instead of the related records when the database could not be read.</extracomment>
        <translation>Impossible de lire les fiches liées : %1</translation>
    </message>
    <message>
        <source>first %1 of %2</source>
        <comment>related records listed of all there are</comment>
        <translation>%1 premières sur %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::SearchDialog</name>
    <message>
        <source>Search Everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Names in any script, aliases, places, words from notes…</source>
        <translation>Noms dans toute écriture, autres noms, lieux, mots des notes…</translation>
    </message>
    <message>
        <source>Type a part of any name or text.</source>
        <translation>Saisissez une partie d&apos;un nom ou d&apos;un texte.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n found; Enter opens the chosen one.</source>
        <translation>
            <numerusform>%n résultat ; Entrée ouvre celui qui est choisi.</numerusform>
            <numerusform>%n résultats ; Entrée ouvre celui qui est choisi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>crm::ui::SearchResultsModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>kind of record (number found)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (about %2)</source>
        <comment>a note&apos;s title (the record it is about)</comment>
        <translation>%1 (concerne %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field label: text that matched</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>Correspondance</translation>
    </message>
</context>
<context>
    <name>crm::ui::SetFieldActions</name>
    <message>
        <source>Se&amp;t Field…</source>
        <translation>Définir un &amp;champ…</translation>
    </message>
    <message>
        <source>Set one field (owner, status, sector, country, confidential) on every record selected in the list</source>
        <translation>Définir un champ (responsable, statut, secteur, pays, confidentiel) sur toutes les fiches sélectionnées dans la liste</translation>
    </message>
    <message>
        <source>Set Field</source>
        <translation>Définir un champ</translation>
    </message>
</context>
<context>
    <name>crm::ui::SetFieldCommand</name>
    <message numerus="yes">
        <source>Set %1 of %n %2</source>
        <translation>
            <numerusform>Modification du champ %1 de %n fiche (%2)</numerusform>
            <numerusform>Modification du champ %1 de %n fiches (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::SetFieldDialog</name>
    <message>
        <source>Set Field</source>
        <translation>Définir un champ</translation>
    </message>
    <message numerus="yes">
        <source>Set one field of the %n selected %1 to the same value.</source>
        <translation>
            <numerusform>Donner la même valeur à un champ de %n fiche sélectionnée (%1).</numerusform>
            <numerusform>Donner la même valeur à un champ des %n fiches sélectionnées (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Définir</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Champ :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>Every selected record already has this value.</source>
        <translation>Toutes les fiches sélectionnées ont déjà cette valeur.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will change.</source>
        <translation>
            <numerusform>%n fiche sera modifiée.</numerusform>
            <numerusform>%n fiches seront modifiées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::StageMoveDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>Passer à l&apos;étape %1</translation>
    </message>
    <message>
        <source>Move “%1” from %2 to %3.</source>
        <translation>Faire passer « %1 » de l&apos;étape %2 à l&apos;étape %3.</translation>
    </message>
    <message>
        <source>The day the deal reached this stage; an earlier day records the past</source>
        <translation>Le jour où le projet a atteint cette étape ; une date antérieure consigne le passé</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Why the investor did not go ahead</source>
        <translation>Pourquoi l&apos;investisseur n&apos;a pas donné suite</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or YYYY-MM-DD.</source>
        <extracomment>%1 is a sample day written the locale&apos;s way (9/30/2026)</extracomment>
        <translation>Ce n&apos;est pas une date : tapez-la sous la forme %1 ou AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>crm::ui::StoryPane</name>
    <message>
        <source>Career</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Séjours</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Notes, follow-ups</source>
        <translation>Notes, suivis</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Print the timeline or save it as PDF or CSV</source>
        <translation>Imprimer la chronologie ou l&apos;enregistrer en PDF ou CSV</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Print &amp;Briefing…</source>
        <translation>Imprimer le document de &amp;briefing…</translation>
    </message>
    <message>
        <source>Timeline – %1</source>
        <translation>Chronologie – %1</translation>
    </message>
    <message>
        <source>Save the timeline as PDF</source>
        <translation>Enregistrer la chronologie en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>Impossible d&apos;enregistrer le PDF</translation>
    </message>
    <message>
        <source>Save the timeline as CSV</source>
        <translation>Enregistrer la chronologie en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the CSV</source>
        <translation>Impossible d&apos;enregistrer le CSV</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation>Imprimer la chronologie</translation>
    </message>
    <message>
        <source>Cannot add a meeting</source>
        <translation>Impossible d&apos;ajouter un rendez-vous</translation>
    </message>
</context>
<context>
    <name>crm::ui::StringListEdit</name>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncCommands</name>
    <message>
        <source>Delegates CRM sync packages (*.crmsync);;All files (*)</source>
        <translation>Paquets de synchronisation Delegates CRM (*.crmsync);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Prepare Mission Laptop…</source>
        <translation>&amp;Préparer un portable de mission…</translation>
    </message>
    <message>
        <source>Write a copy of this database for a mission laptop, and turn sync on</source>
        <translation>Écrire une copie de cette base de données pour un portable de mission, et activer la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Export Changes…</source>
        <translation>&amp;Exporter les modifications…</translation>
    </message>
    <message>
        <source>Write the changes another replica does not have yet to a package file</source>
        <translation>Écrire dans un fichier paquet les modifications qu&apos;une autre réplique n&apos;a pas encore</translation>
    </message>
    <message>
        <source>&amp;Import Changes…</source>
        <translation>&amp;Importer les modifications…</translation>
    </message>
    <message>
        <source>Merge a package file exported by another replica of this database</source>
        <translation>Intégrer un fichier paquet exporté par une autre réplique de cette base de données</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts…</source>
        <translation>&amp;Résoudre les conflits…</translation>
    </message>
    <message>
        <source>Decide the changes two replicas made to the same thing</source>
        <translation>Trancher entre les modifications que deux répliques ont apportées à la même donnée</translation>
    </message>
    <message>
        <source>Mission Laptop Prepared</source>
        <translation>Portable de mission préparé</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 for “%2”: %n record(s), %3.</source>
        <translation>
            <numerusform>%1 écrit pour « %2 » : %n fiche, %3.</numerusform>
            <numerusform>%1 écrit pour « %2 » : %n fiches, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next, copy this file to the mission laptop and open it there with File › Open. To bring the mission&apos;s work back, export its changes on the laptop (Sync › Export Changes) and import them here; changes made here travel to the laptop the same way.</source>
        <translation>Copiez ensuite ce fichier sur le portable de mission et ouvrez-le avec Fichier › Ouvrir. Pour rapatrier le travail de la mission, exportez ses modifications sur le portable (Synchronisation › Exporter les modifications) et importez-les ici ; les modifications faites ici parviennent au portable de la même façon.</translation>
    </message>
    <message>
        <source>Changes Exported</source>
        <translation>Modifications exportées</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) for %1 to %2 (%3).</source>
        <translation>
            <numerusform>%n modification écrite pour %1 dans %2 (%3).</numerusform>
            <numerusform>%n modifications écrites pour %1 dans %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the file to %1 and import it there with Sync › Import Changes.</source>
        <translation>Transférez le fichier vers %1 et importez-le là-bas avec Synchronisation › Importer les modifications.</translation>
    </message>
    <message>
        <source>Import Changes</source>
        <translation>Importer les modifications</translation>
    </message>
    <message>
        <source>Cannot import the package</source>
        <translation>Impossible d&apos;importer le paquet</translation>
    </message>
    <message>
        <source>That passphrase does not open this package. Try again:</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ce paquet. Réessayez :</translation>
    </message>
    <message>
        <source>This package is encrypted. Enter the passphrase it was exported with:</source>
        <translation>Ce paquet est chiffré. Saisissez la phrase secrète utilisée pour l&apos;exporter :</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n change(s) from %1…</source>
        <translation>
            <numerusform>Importation de %n modification depuis %1…</numerusform>
            <numerusform>Importation de %n modifications depuis %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing changed.</source>
        <translation>L&apos;importation a été annulée : rien n&apos;a changé.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s) from %1.</source>
        <translation>
            <numerusform>%n modification reçue de %1.</numerusform>
            <numerusform>%n modifications reçues de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1 · Already here: %2 · Records changed: %3</source>
        <extracomment>The counts of an import: changes new here, changes already here, records written.</extracomment>
        <translation>Nouvelles : %1 · Déjà présentes : %2 · Fiches modifiées : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait for changes this package does not hold (their creation): import the earlier packages from %1 too.</source>
        <translation>
            <numerusform>%n fiche attend des modifications que ce paquet ne contient pas (sa création) : importez aussi les paquets précédents de %1.</numerusform>
            <numerusform>%n fiches attendent des modifications que ce paquet ne contient pas (leur création) : importez aussi les paquets précédents de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review: both sides changed the same thing. Until you decide, the newest change is on show. Review them now?</source>
        <translation>
            <numerusform>%n conflit à résoudre : les deux côtés ont modifié la même donnée. En attendant votre décision, la modification la plus récente est affichée. Le résoudre maintenant ?</numerusform>
            <numerusform>%n conflits à résoudre : les deux côtés ont modifié la même donnée. En attendant votre décision, la modification la plus récente est affichée. Les résoudre maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes Imported</source>
        <translation>Modifications importées</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>Phrase secrète pour %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncConflictsDialog</name>
    <message>
        <source>%1 “%2”</source>
        <extracomment>A record in the sync conflicts list: its kind, then its title (&quot;Delegate “Yuki Tanaka”&quot;).</extracomment>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>Moved to the Trash while edited elsewhere</source>
        <translation>Mise à la Corbeille pendant une modification ailleurs</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Keep in Trash</source>
        <translation>&amp;Laisser dans la Corbeille</translation>
    </message>
    <message>
        <source>&amp;Restore with the Edits</source>
        <translation>&amp;Restaurer avec les modifications</translation>
    </message>
    <message>
        <source>Review Sync Conflicts</source>
        <translation>Résoudre les conflits de synchronisation</translation>
    </message>
    <message>
        <source>Nothing to review: every change received so far merged without a conflict.</source>
        <translation>Rien à résoudre : toutes les modifications reçues jusqu&apos;ici ont été intégrées sans conflit.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Give the field the chosen value here and, with the next export, on the other replicas</source>
        <translation>Donner au champ la valeur choisie, ici et, au prochain export, sur les autres répliques</translation>
    </message>
    <message>
        <source>The record stays in the Trash; the edits made meanwhile are dropped</source>
        <translation>La fiche reste dans la Corbeille ; les modifications faites entre-temps sont abandonnées</translation>
    </message>
    <message>
        <source>The record comes back out of the Trash with the edits made meanwhile</source>
        <translation>La fiche sort de la Corbeille avec les modifications faites entre-temps</translation>
    </message>
    <message>
        <source>The conflicts cannot be read: %1</source>
        <extracomment>Above the empty list of sync conflicts when the database could not be read.</extracomment>
        <translation>Impossible de lire les conflits : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review. Two replicas changed the same thing without seeing each other&apos;s change; until you decide, the newest change is on show.</source>
        <extracomment>Above the list of sync conflicts.</extracomment>
        <translation>
            <numerusform>%n conflit à résoudre. Deux répliques ont modifié la même donnée sans voir la modification de l&apos;autre ; en attendant votre décision, la plus récente est affichée.</numerusform>
            <numerusform>%n conflits à résoudre. Deux répliques ont modifié la même donnée sans voir la modification de l&apos;autre ; en attendant votre décision, la plus récente est affichée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both values were set without knowing of the other. Keep one of them:</source>
        <translation>Les deux valeurs ont été saisies sans connaître l&apos;autre. Gardez-en une :</translation>
    </message>
    <message>
        <source>%1 (on show now)</source>
        <extracomment>The value of a conflicting field that is on show until the officer decides.</extracomment>
        <translation>%1 (affichée actuellement)</translation>
    </message>
    <message>
        <source>Or &amp;type the value it should have:</source>
        <translation>Ou &amp;tapez la valeur voulue :</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Moved to the Trash: %1</source>
        <translation>Mise à la Corbeille : %1</translation>
    </message>
    <message>
        <source>Edited meanwhile, without knowing of the move:</source>
        <translation>Modifiée entre-temps, sans connaître la mise à la Corbeille :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An edit made while the record was in the Trash elsewhere: the field, then its new value.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Keep it in the Trash, dropping these edits, or restore it with them.</source>
        <translation>La laisser dans la Corbeille en abandonnant ces modifications, ou la restaurer avec elles.</translation>
    </message>
    <message>
        <source>Choose the value to keep.</source>
        <translation>Choisissez la valeur à garder.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export Changes</source>
        <translation>Exporter les modifications</translation>
    </message>
    <message>
        <source>Writes the changes made or received here that the chosen replica does not have yet into one package file. Take the file there and import it with Sync › Import Changes.</source>
        <translation>Écrit dans un seul fichier paquet les modifications faites ou reçues ici que la réplique choisie n&apos;a pas encore. Emportez le fichier là-bas et importez-le avec Synchronisation › Importer les modifications.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>With a passphrase the package is encrypted: it cannot be opened, nor imported, without it. Give it to the other side separately from the file.</source>
        <translation>Avec une phrase secrète, le paquet est chiffré : il ne peut être ni ouvert ni importé sans elle. Communiquez-la à l&apos;autre partie séparément du fichier.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Confirmer la phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>This database has no replica to send changes to yet. Prepare a mission laptop first (Sync › Prepare Mission Laptop), or import a package from one.</source>
        <translation>Cette base de données n&apos;a encore aucune réplique à laquelle envoyer des modifications. Préparez d&apos;abord un portable de mission (Synchronisation › Préparer un portable de mission), ou importez un paquet venant de l&apos;une d&apos;elles.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send.</source>
        <translation>
            <numerusform>%n modification à envoyer.</numerusform>
            <numerusform>%n modifications à envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>Rien de nouveau à envoyer.</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>modifications</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The suggested file name of a sync package: the peer&apos;s name and today&apos;s date.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Delegates CRM sync packages (*.crmsync);;All files (*)</source>
        <translation>Paquets de synchronisation Delegates CRM (*.crmsync);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice, or leave both empty.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez deux fois la même, ou laissez les deux champs vides.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncStatusWidget</name>
    <message>
        <source>Sync status cannot be read</source>
        <extracomment>Status bar, instead of the sync status, when the database could not be read.</extracomment>
        <translation>État de la synchronisation illisible</translation>
    </message>
    <message>
        <source>This replica</source>
        <translation>Cette réplique</translation>
    </message>
    <message>
        <source>no peers yet</source>
        <translation>aucune autre réplique pour l&apos;instant</translation>
    </message>
    <message>
        <source>last sync with %1: %2</source>
        <extracomment>Status bar: the peer this replica last exchanged a package with, and when (local time).</extracomment>
        <translation>dernière synchronisation avec %1 : %2</translation>
    </message>
    <message>
        <source>not synced yet with %1</source>
        <translation>pas encore synchronisée avec %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>rien à envoyer</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: received %2, sent %3, %n change(s) to send</source>
        <extracomment>Status bar tooltip, one line per peer: its name, the last package received from it and sent to it (local times), and the changes it has not acknowledged yet.</extracomment>
        <translation>
            <numerusform>%1 : réception %2, envoi %3, %n modification à envoyer</numerusform>
            <numerusform>%1 : réception %2, envoi %3, %n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>No mission laptop prepared from this database yet.</source>
        <translation>Aucun portable de mission n&apos;a encore été préparé à partir de cette base de données.</translation>
    </message>
    <message>
        <source>Click to review the conflicts.</source>
        <translation>Cliquez pour résoudre les conflits.</translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineDelegate</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · setback</source>
        <translation>%1 · recul</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>role · summary</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineModel</name>
    <message>
        <source>since %1</source>
        <comment>an open span: a current position</comment>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a span from a date to a date</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n event(s)</source>
        <translation>
            <numerusform>%1, %n événement</numerusform>
            <numerusform>%1, %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>dates (how long)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineOverview</name>
    <message>
        <source>Timeline overview</source>
        <translation>Vue d&apos;ensemble de la chronologie</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2
%n event(s)</source>
        <translation>
            <numerusform>%1, %2
%n événement</numerusform>
            <numerusform>%1, %2
%n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Filter the timeline…</source>
        <translation>Filtrer la chronologie…</translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation>Filtrer la chronologie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Events on or after this day</source>
        <translation>Événements de ce jour ou postérieurs</translation>
    </message>
    <message>
        <source>Events on or before this day</source>
        <translation>Événements de ce jour ou antérieurs</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Show only some kinds of events</source>
        <translation>N&apos;afficher que certains types d&apos;événements</translation>
    </message>
    <message>
        <source>&amp;All Kinds</source>
        <translation>&amp;Tous les types</translation>
    </message>
    <message>
        <source>&amp;Deals Only</source>
        <translation>&amp;Projets seulement</translation>
    </message>
    <message>
        <source>Deal stage changes and impact figures</source>
        <translation>Changements d&apos;étape et chiffres de retombées des projets</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a note, a follow-up or a meeting about this record</source>
        <translation>Ajouter une note, un suivi ou un rendez-vous concernant cette fiche</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Add &amp;Follow-up…</source>
        <translation>Ajouter un &amp;suivi…</translation>
    </message>
    <message>
        <source>Add &amp;Meeting…</source>
        <translation>Ajouter un &amp;rendez-vous…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Deals only</source>
        <translation>Projets seulement</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message>
        <source>Kinds shown: %1</source>
        <translation>Types affichés : %1</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciens d&apos;abord</translation>
    </message>
    <message>
        <source>Newest events at the top; click for the oldest first</source>
        <translation>Événements les plus récents en haut ; cliquez pour afficher les plus anciens d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest events at the top; click for the newest first</source>
        <translation>Événements les plus anciens en haut ; cliquez pour afficher les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>Choose a delegate, an investor or a deal to see its timeline.</source>
        <translation>Choisissez un délégué, un investisseur ou un projet pour voir sa chronologie.</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Rien n&apos;est encore enregistré</translation>
    </message>
    <message>
        <source>No events match the filter</source>
        <translation>Aucun événement ne correspond au filtre</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 sur %n événement</numerusform>
            <numerusform>%1 sur %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::TrashModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Supprimée par</translation>
    </message>
</context>
<context>
    <name>crm::ui::TrashView</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Put the selected records back where they were (can be undone)</source>
        <translation>Remettre les fiches sélectionnées là où elles étaient (peut être annulé)</translation>
    </message>
    <message>
        <source>Delete the selected records for good (cannot be undone)</source>
        <translation>Supprimer définitivement les fiches sélectionnées (irréversible)</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Restauration de %n fiche</numerusform>
            <numerusform>Restauration de %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Delete %1 for good? Notes and follow-ups about it go with it.

This cannot be undone.</source>
        <translation>Supprimer définitivement %1 ? Les notes et les suivis qui s&apos;y rapportent seront supprimés avec.

Cette opération est irréversible.</translation>
    </message>
</context>
<context>
    <name>crm::ui::UserGuideDialog</name>
    <message>
        <source>Delegates CRM User Guide</source>
        <translation>Guide de l&apos;utilisateur de Delegates CRM</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>crm::ui::ZonedDateTimeFieldEditor</name>
    <message>
        <source>The time where the meeting takes place, in the time zone beside</source>
        <translation>L&apos;heure sur le lieu du rendez-vous, dans le fuseau horaire indiqué à côté</translation>
    </message>
    <message>
        <source>Time zone of the meeting (IANA name, such as Asia/Tokyo or Africa/Casablanca)</source>
        <translation>Fuseau horaire du rendez-vous (nom IANA, tel que Asia/Tokyo ou Africa/Casablanca)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Delegates CRM</source>
        <translation>Delegates CRM</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Delegates CRM could not start again. Start it yourself to use the new language.</source>
        <translation>Delegates CRM n&apos;a pas pu redémarrer. Lancez-le vous-même pour utiliser la nouvelle langue.</translation>
    </message>
</context>
</TS>
