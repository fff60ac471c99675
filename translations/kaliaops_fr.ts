<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>ApprovalInbox</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No commitment</source>
        <translation>Aucun engagement</translation>
    </message>
    <message>
        <source>What the service promises once approved: every hour of waiting for the decision comes on top.</source>
        <translation>Ce que le service promet une fois la demande approuvée&#xa0;: chaque heure d&apos;attente de la décision s&apos;y ajoute.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Cost of delay</source>
        <translation>Coût de l&apos;attente</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>Aucune demande sélectionnée</translation>
    </message>
    <message>
        <source>Select a request to read its answers and decide.</source>
        <translation>Sélectionnez une demande pour lire ses réponses et décider.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Asked by %1 on %2, waiting for your decision for %3.</source>
        <translation>Demandée par %1 le %2, attend votre décision depuis %3.</translation>
    </message>
    <message>
        <source>Once approved: %1</source>
        <translation>Une fois approuvée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is approved; %2 is told.</source>
        <translation>%1 est approuvée&#xa0;; %2 en est informé.</translation>
    </message>
    <message>
        <source>%1 is rejected; %2 is told why.</source>
        <translation>%1 est rejetée&#xa0;; %2 en reçoit le motif.</translation>
    </message>
    <message>
        <source>The approvals cannot be read</source>
        <translation>Les validations ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>Nothing waits for your decision</source>
        <translation>Rien n&apos;attend votre décision</translation>
    </message>
    <message>
        <source>Requests that need your approval show here, oldest first.</source>
        <translation>Les demandes qui attendent votre validation s&apos;affichent ici, les plus anciennes d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>AttachmentTable</name>
    <message>
        <source>Attachment #%1 does not exist.</source>
        <translation>La pièce jointe n°&#xa0;%1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>A calendar needs a name.</source>
        <translation>Un calendrier doit avoir un nom.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is unknown: use an IANA name such as Europe/Paris or UTC.</source>
        <translation>Le fuseau horaire «&#xa0;%1&#xa0;» est inconnu&#xa0;: utilisez un nom IANA comme Europe/Paris ou UTC.</translation>
    </message>
    <message>
        <source>The calendar has no working time: add at least one range.</source>
        <translation>Le calendrier n&apos;a aucun horaire de travail&#xa0;: ajoutez au moins une plage.</translation>
    </message>
    <message>
        <source>A working range has no valid day.</source>
        <translation>Une plage de travail n&apos;a pas de jour valide.</translation>
    </message>
    <message>
        <source>On %1, the range %2–%3 must start before it ends.</source>
        <translation>Le %1, la plage %2–%3 doit commencer avant de se terminer.</translation>
    </message>
    <message>
        <source>On %1, the ranges %2–%3 and %4–%5 overlap.</source>
        <translation>Le %1, les plages %2–%3 et %4–%5 se chevauchent.</translation>
    </message>
</context>
<context>
    <name>BusinessDuration</name>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business hour(s)</source>
        <translation>
            <numerusform>%n heure ouvrée</numerusform>
            <numerusform>%n heures ouvrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min of business time</source>
        <translation>%1&#xa0;h&#xa0;%2 de temps ouvré</translation>
    </message>
    <message numerus="yes">
        <source>%n business minute(s)</source>
        <translation>
            <numerusform>%n minute ouvrée</numerusform>
            <numerusform>%n minutes ouvrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Calendars</source>
        <translation>Calendriers</translation>
    </message>
    <message>
        <source>&amp;New Calendar</source>
        <translation>&amp;Nouveau calendrier</translation>
    </message>
    <message>
        <source>No calendar yet</source>
        <translation>Aucun calendrier pour l&apos;instant</translation>
    </message>
    <message>
        <source>A calendar sets the working hours, time zone and holidays in which SLA targets are counted.</source>
        <translation>Un calendrier fixe les heures ouvrées, le fuseau horaire et les jours fériés dans lesquels les objectifs de SLA sont comptés.</translation>
    </message>
    <message>
        <source>The new calendar is not saved yet. Save it now?</source>
        <translation>Le nouveau calendrier n&apos;est pas encore enregistré. L&apos;enregistrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Business Calendars — KaliaOps</source>
        <translation>Calendriers ouvrés — KaliaOps</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Delete the calendar &quot;%1&quot; with its hours and holidays?</source>
        <translation>Supprimer le calendrier «&#xa0;%1&#xa0;» avec ses horaires et ses jours fériés&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CalendarForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The IANA name of the zone whose wall clock the hours follow, daylight saving included.</source>
        <translation>Le nom IANA du fuseau dont les heures suivent l&apos;horloge, heure d&apos;été comprise.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Working Hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>Nouveau calendrier</translation>
    </message>
    <message>
        <source>now %1, %2</source>
        <translation>actuellement %1, %2</translation>
    </message>
</context>
<context>
    <name>CalendarTable</name>
    <message>
        <source>No calendar has the number %1.</source>
        <translation>Aucun calendrier ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>No calendar is named &quot;%1&quot;.</source>
        <translation>Aucun calendrier ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The working hours of the calendar &quot;%1&quot; cannot be read: %2</source>
        <translation>Les heures ouvrées du calendrier «&#xa0;%1&#xa0;» ne peuvent pas être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>they are not a list.</source>
        <translation>elles ne forment pas une liste.</translation>
    </message>
    <message>
        <source>Every holiday needs a valid date.</source>
        <translation>Chaque jour férié doit avoir une date valide.</translation>
    </message>
    <message>
        <source>Another calendar is already named &quot;%1&quot;.</source>
        <translation>Un autre calendrier s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The calendar &quot;%1&quot; cannot be deleted: %n SLA policy(ies) count in it (%2). Give them another calendar first.</source>
        <translation>
            <numerusform>Le calendrier «&#xa0;%1&#xa0;» ne peut pas être supprimé&#xa0;: %n politique de SLA l&apos;utilise (%2). Attribuez-lui d&apos;abord un autre calendrier.</numerusform>
            <numerusform>Le calendrier «&#xa0;%1&#xa0;» ne peut pas être supprimé&#xa0;: %n politiques de SLA l&apos;utilisent (%2). Attribuez-leur d&apos;abord un autre calendrier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarTryItBox</name>
    <message>
        <source>Try It</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source> business hours</source>
        <translation> heures ouvrées</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>À &amp;partir du</translation>
    </message>
    <message>
        <source>plus</source>
        <translation>plus</translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation>heure de %1</translation>
    </message>
    <message>
        <source>Correct the calendar to try it.</source>
        <translation>Corrigez le calendrier pour l&apos;essayer.</translation>
    </message>
    <message>
        <source>The calendar cannot count that far.</source>
        <translation>Le calendrier ne peut pas compter aussi loin.</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Fin&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <source>Filter by name or keyword</source>
        <translation>Filtrer par nom ou mot-clé</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>No category or service has &quot;%1&quot; in its name or keywords.</source>
        <translation>Aucune catégorie ni aucun service ne contient «&#xa0;%1&#xa0;» dans son nom ou ses mots-clés.</translation>
    </message>
    <message>
        <source>The catalog cannot be read</source>
        <translation>Impossible de lire le catalogue</translation>
    </message>
    <message>
        <source>The catalog is empty</source>
        <translation>Le catalogue est vide</translation>
    </message>
    <message>
        <source>Import a catalog with &quot;kaliaops catalog import FILE.json&quot;, or load the demo catalog with &quot;kaliaops demo load&quot;.</source>
        <translation>Importez un catalogue avec «&#xa0;kaliaops catalog import FILE.json&#xa0;» ou chargez le catalogue de démonstration avec «&#xa0;kaliaops demo load&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CatalogChangeText</name>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Parent category</source>
        <translation>Catégorie parente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Requires approval</source>
        <translation>Approbation requise</translation>
    </message>
    <message>
        <source>Approver rule</source>
        <translation>Règle d&apos;approbation</translation>
    </message>
    <message>
        <source>Designated approver</source>
        <translation>Approbateur désigné</translation>
    </message>
    <message>
        <source>Fulfilment team</source>
        <translation>Équipe de réalisation</translation>
    </message>
    <message>
        <source>Estimated delay</source>
        <translation>Délai estimé</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>Politique de SLA</translation>
    </message>
    <message>
        <source>Request form</source>
        <translation>Formulaire de demande</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Version du formulaire</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>premier niveau</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>numéro %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A changed member: &quot;Name: VPN → VPN access&quot;.</extracomment>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
</context>
<context>
    <name>CatalogCommands</name>
    <message>
        <source>Name a catalog command: export or import.</source>
        <translation>Indiquez une commande catalog&#xa0;: export ou import.</translation>
    </message>
    <message>
        <source>Unknown catalog command &quot;%1&quot;: use export or import.</source>
        <translation>Commande catalog inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez export ou import.</translation>
    </message>
    <message>
        <source>Name one file: kaliaops catalog %1 FILE.json (&quot;-&quot; for the standard %2).</source>
        <translation>Indiquez un seul fichier&#xa0;: kaliaops catalog %1 FILE.json («&#xa0;-&#xa0;» pour %2 standard).</translation>
    </message>
    <message>
        <source>output</source>
        <translation>la sortie</translation>
    </message>
    <message>
        <source>input</source>
        <translation>l&apos;entrée</translation>
    </message>
    <message>
        <source>--replace goes with catalog import, not with export.</source>
        <translation>--replace s&apos;utilise avec catalog import, pas avec export.</translation>
    </message>
    <message>
        <source>%1 holds no KaliaOps schema yet: run &quot;kaliaops db init&quot; first.</source>
        <translation>%1 ne contient pas encore de schéma KaliaOps&#xa0;: lancez d&apos;abord «&#xa0;kaliaops db init&#xa0;».</translation>
    </message>
    <message>
        <source>The schema of %1 is out of date: run &quot;kaliaops db migrate&quot; first.</source>
        <translation>Le schéma de %1 n&apos;est pas à jour&#xa0;: lancez d&apos;abord «&#xa0;kaliaops db migrate&#xa0;».</translation>
    </message>
    <message>
        <source>%1 was written by a newer KaliaOps (schema version %2); this program knows up to version %3.</source>
        <translation>%1 provient d&apos;une version plus récente de KaliaOps (version du schéma %2)&#xa0;; ce programme gère jusqu&apos;à la version %3.</translation>
    </message>
    <message>
        <source>Could not write the catalog to the standard output.</source>
        <translation>Impossible d&apos;écrire le catalogue sur la sortie standard.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported the catalog to %1.</source>
        <translation>Catalogue exporté vers %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing was imported and the database is unchanged.</source>
        <translation>
            <numerusform>%n problème trouvé&#xa0;: rien n&apos;a été importé et la base de données est inchangée.</numerusform>
            <numerusform>%n problèmes trouvés&#xa0;: rien n&apos;a été importé et la base de données est inchangée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported and the database is unchanged.</source>
        <translation>Rien n&apos;a été importé et la base de données est inchangée.</translation>
    </message>
    <message>
        <source>The catalog already matches %1: nothing to change.</source>
        <translation>Le catalogue correspond déjà à %1&#xa0;: rien à modifier.</translation>
    </message>
</context>
<context>
    <name>CatalogDetailPanel</name>
    <message>
        <source>Select a category or a service</source>
        <translation>Sélectionnez une catégorie ou un service</translation>
    </message>
    <message>
        <source>Its description, approval rule and delivery details appear here.</source>
        <translation>Sa description, sa règle d&apos;approbation et ses modalités de réalisation s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>The catalog cannot be read</source>
        <translation>Impossible de lire le catalogue</translation>
    </message>
    <message>
        <source>Top-level category</source>
        <translation>Catégorie de premier niveau</translation>
    </message>
    <message>
        <source>Category in %1</source>
        <translation>Sous-catégorie de %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Sub-categories</source>
        <translation>Sous-catégories</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s), sub-categories included</source>
        <translation>
            <numerusform>%n service, sous-catégories comprises</numerusform>
            <numerusform>%n services, sous-catégories comprises</numerusform>
        </translation>
    </message>
    <message>
        <source>Service in %1</source>
        <translation>Service dans %1</translation>
    </message>
    <message>
        <source>Request handling</source>
        <translation>Traitement des demandes</translation>
    </message>
    <message>
        <source>Fulfilment team</source>
        <translation>Équipe de réalisation</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Estimated delay</source>
        <translation>Délai estimé</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>Politique de SLA</translation>
    </message>
    <message>
        <source>Catalog entry</source>
        <translation>Fiche du catalogue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Active: requesters can ask for it</source>
        <translation>Actif&#xa0;: proposé aux demandeurs</translation>
    </message>
    <message>
        <source>Inactive: hidden from requesters</source>
        <translation>Inactif&#xa0;: masqué aux demandeurs</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Request form</source>
        <translation>Formulaire de demande</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, %n field(s)</source>
        <translation>
            <numerusform>Version %1, %n champ</numerusform>
            <numerusform>Version %1, %n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Requise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody yet: the catalog administrators decide</source>
        <translation>Personne pour l&apos;instant&#xa0;: les administrateurs du catalogue décident</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Stand-in approver</source>
        <translation>Approbateur suppléant</translation>
    </message>
    <message>
        <source>Unknown person (number %1)</source>
        <translation>Personne inconnue (numéro %1)</translation>
    </message>
    <message>
        <source>Unknown policy (number %1)</source>
        <translation>Politique inconnue (numéro %1)</translation>
    </message>
    <message>
        <source>Unknown team (number %1)</source>
        <translation>Équipe inconnue (numéro %1)</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
</context>
<context>
    <name>CatalogDocumentCheck</name>
    <message>
        <source>The key &quot;%1&quot; is already used by %2.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est déjà utilisée par %2.</translation>
    </message>
    <message>
        <source>A category cannot be its own parent.</source>
        <translation>Une catégorie ne peut pas être son propre parent.</translation>
    </message>
    <message>
        <source>There is no category with the key &quot;%1&quot;.</source>
        <translation>Aucune catégorie n&apos;a la clé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Going up from parent to parent leads back here, which makes a cycle: %1.</source>
        <translation>En remontant de parent en parent, on revient ici, ce qui forme un cycle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Another top-level category is already named &quot;%1&quot; (%2).</source>
        <translation>Une autre catégorie de premier niveau s&apos;appelle déjà «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>Another category under &quot;%1&quot; is already named &quot;%2&quot; (%3).</source>
        <translation>Une autre catégorie sous «&#xa0;%1&#xa0;» s&apos;appelle déjà «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>Another service of the category &quot;%1&quot; is already named &quot;%2&quot; (%3).</source>
        <translation>Un autre service de la catégorie «&#xa0;%1&#xa0;» s&apos;appelle déjà «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The new item is not saved yet. Save it now?</source>
        <translation>Le nouvel élément n&apos;est pas encore enregistré. Voulez-vous l&apos;enregistrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them now?</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications non enregistrées. Voulez-vous les enregistrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>New &amp;Category</source>
        <translation>Nouvelle &amp;catégorie</translation>
    </message>
    <message>
        <source>New S&amp;ub-category</source>
        <translation>Nouvelle s&amp;ous-catégorie</translation>
    </message>
    <message>
        <source>New &amp;Service</source>
        <translation>Nouveau &amp;service</translation>
    </message>
    <message>
        <source>&amp;Duplicate Service</source>
        <translation>&amp;Dupliquer le service</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Filter by name or keyword</source>
        <translation>Filtrer par nom ou mot-clé</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select a category or a service to edit it, or create a new one. Drag items in the tree to move or reorder them.</source>
        <translation>Sélectionnez une catégorie ou un service à modifier, ou créez un nouvel élément. Faites glisser les éléments dans l&apos;arborescence pour les déplacer ou changer leur ordre.</translation>
    </message>
    <message>
        <source>Create category &quot;%1&quot;</source>
        <translation>la création de la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit category &quot;%1&quot;</source>
        <translation>la modification de la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Create service &quot;%1&quot;</source>
        <translation>la création du service «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit service &quot;%1&quot;</source>
        <translation>la modification du service «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete category &quot;%1&quot;</source>
        <translation>la suppression de la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete service &quot;%1&quot;</source>
        <translation>la suppression du service «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Duplicate service &quot;%1&quot;</source>
        <translation>la duplication du service «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move category &quot;%1&quot;</source>
        <translation>le déplacement de la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move service &quot;%1&quot;</source>
        <translation>le déplacement du service «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>CatalogEditorWindow</name>
    <message>
        <source>Catalog Editor — KaliaOps</source>
        <translation>Éditeur de catalogue — KaliaOps</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
</context>
<context>
    <name>CatalogEntryReader</name>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>A category needs a key, the text other entries use to refer to it.</source>
        <translation>Une catégorie doit avoir une clé, le texte par lequel les autres entrées y font référence.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Une catégorie doit avoir un nom.</translation>
    </message>
    <message>
        <source>A service needs a key that names it in this file.</source>
        <translation>Un service doit avoir une clé qui le désigne dans ce fichier.</translation>
    </message>
    <message>
        <source>A service needs the key of the category it belongs to.</source>
        <translation>Un service doit indiquer la clé de la catégorie à laquelle il appartient.</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Un service doit avoir un nom.</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>A keyword cannot be blank.</source>
        <translation>Un mot-clé ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A keyword cannot contain a comma; make two keywords instead.</source>
        <translation>Un mot-clé ne peut pas contenir de virgule&#xa0;; faites-en plutôt deux mots-clés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an approver rule: use &quot;manager&quot;, &quot;team_lead&quot; or &quot;designated&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une règle d&apos;approbation&#xa0;: utilisez «&#xa0;manager&#xa0;», «&#xa0;team_lead&#xa0;» ou «&#xa0;designated&#xa0;».</translation>
    </message>
    <message>
        <source>The approver rule &quot;designated&quot; needs the login of a designated approver.</source>
        <translation>La règle d&apos;approbation «&#xa0;designated&#xa0;» exige l&apos;identifiant d&apos;un approbateur désigné.</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>un objet ou null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>The estimated delay must be a positive whole number; for no estimate, write null instead of the delay.</source>
        <translation>Le délai estimé doit être un nombre entier positif&#xa0;; sans estimation, écrivez null à la place du délai.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of delay: use &quot;hours&quot; or &quot;days&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une unité de délai&#xa0;: utilisez «&#xa0;hours&#xa0;» ou «&#xa0;days&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CatalogFileActions</name>
    <message>
        <source>&amp;Import Catalog…</source>
        <translation>&amp;Importer un catalogue…</translation>
    </message>
    <message>
        <source>&amp;Export Catalog…</source>
        <translation>&amp;Exporter le catalogue…</translation>
    </message>
    <message>
        <source>Add, change or replace categories and services from a catalog file, after a preview.</source>
        <translation>Ajouter, modifier ou remplacer des catégories et des services à partir d&apos;un fichier de catalogue, après un aperçu.</translation>
    </message>
    <message>
        <source>Save the whole catalog to a file.</source>
        <translation>Enregistrer tout le catalogue dans un fichier.</translation>
    </message>
    <message>
        <source>No Database</source>
        <translation>Aucune base de données</translation>
    </message>
    <message>
        <source>No database is open, so there is no catalog to import into or export. Check the connection in the settings.</source>
        <translation>Aucune base de données n&apos;est ouverte&#xa0;: il n&apos;y a donc aucun catalogue dans lequel importer, ni à exporter. Vérifiez la connexion dans les paramètres.</translation>
    </message>
    <message>
        <source>The catalog file was imported.</source>
        <translation>Le fichier de catalogue a été importé.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Catalog</source>
        <translation>Exporter le catalogue</translation>
    </message>
    <message>
        <source>catalog.json</source>
        <translation>catalogue.json</translation>
    </message>
    <message>
        <source>KaliaOps catalog (*.json);;All files (*)</source>
        <translation>Catalogue KaliaOps (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Exported the catalog to %1.</source>
        <translation>Catalogue exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>CatalogHistoryView</name>
    <message>
        <source>No change has been recorded for this item yet.</source>
        <translation>Aucune modification n&apos;a encore été enregistrée pour cet élément.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message>
        <source>&amp;Remove what the file does not contain</source>
        <translation>&amp;Supprimer ce que le fichier ne contient pas</translation>
    </message>
    <message>
        <source>Choose a catalog file to see what importing it would do.</source>
        <translation>Choisissez un fichier de catalogue pour voir ce que son importation changerait.</translation>
    </message>
    <message>
        <source>Import Catalog</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Categories and services that the file does not hold are removed from the catalog.</source>
        <translation>Les catégories et les services absents du fichier sont supprimés du catalogue.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>KaliaOps catalog (*.json);;All files (*)</source>
        <translation>Catalogue KaliaOps (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file and comparing it with the catalog…</source>
        <translation>Lecture du fichier et comparaison avec le catalogue…</translation>
    </message>
    <message>
        <source>The catalog could not be read, so the file was not compared.</source>
        <translation>Impossible de lire le catalogue&#xa0;: le fichier n&apos;a donc pas été comparé.</translation>
    </message>
    <message numerus="yes">
        <source>This file cannot be imported: %n problem(s) found. Nothing will be written until they are corrected.</source>
        <translation>
            <numerusform>Ce fichier ne peut pas être importé&#xa0;: %n problème trouvé. Rien ne sera écrit tant qu&apos;il ne sera pas corrigé.</numerusform>
            <numerusform>Ce fichier ne peut pas être importé&#xa0;: %n problèmes trouvés. Rien ne sera écrit tant qu&apos;ils ne seront pas corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog already matches this file: there is nothing to import.</source>
        <translation>Le catalogue correspond déjà à ce fichier&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>Categories to add: %n</source>
        <translation>
            <numerusform>Catégorie à ajouter&#xa0;: %n</numerusform>
            <numerusform>Catégories à ajouter&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Categories to change: %n</source>
        <translation>
            <numerusform>Catégorie à modifier&#xa0;: %n</numerusform>
            <numerusform>Catégories à modifier&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Categories to remove: %n</source>
        <translation>
            <numerusform>Catégorie à supprimer&#xa0;: %n</numerusform>
            <numerusform>Catégories à supprimer&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Services to add: %n</source>
        <translation>
            <numerusform>Service à ajouter&#xa0;: %n</numerusform>
            <numerusform>Services à ajouter&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Services to change: %n</source>
        <translation>
            <numerusform>Service à modifier&#xa0;: %n</numerusform>
            <numerusform>Services à modifier&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Services to remove: %n</source>
        <translation>
            <numerusform>Service à supprimer&#xa0;: %n</numerusform>
            <numerusform>Services à supprimer&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An item to change and the members that change: &quot;Access / VPN: Name, Icon&quot;.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Problems: %n</source>
        <translation>
            <numerusform>Problème&#xa0;: %n</numerusform>
            <numerusform>Problèmes&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Importation terminée. %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
</context>
<context>
    <name>CatalogImportPlan</name>
    <message>
        <source>Categories: %1 added, %2 changed, %3 removed.</source>
        <translation>Catégories — ajoutées&#xa0;: %1, modifiées&#xa0;: %2, supprimées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Services: %1 added, %2 changed, %3 removed.</source>
        <translation>Services — ajoutés&#xa0;: %1, modifiés&#xa0;: %2, supprimés&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>CatalogImportPlanner</name>
    <message>
        <source>No person has the login &quot;%1&quot; in this database.</source>
        <translation>Aucune personne n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;» dans cette base de données.</translation>
    </message>
    <message>
        <source>There is no team named &quot;%1&quot; in this database.</source>
        <translation>Aucune équipe ne s&apos;appelle «&#xa0;%1&#xa0;» dans cette base de données.</translation>
    </message>
    <message>
        <source>There is no SLA policy named &quot;%1&quot; in this database.</source>
        <translation>Aucune politique de SLA ne s&apos;appelle «&#xa0;%1&#xa0;» dans cette base de données.</translation>
    </message>
    <message>
        <source>This service has requests in its history, so it cannot be removed; keep it in the file, with &quot;active&quot;: false to hide it from requesters.</source>
        <translation>Ce service a des demandes dans son historique et ne peut donc pas être supprimé&#xa0;; gardez-le dans le fichier, avec &quot;active&quot;: false pour le masquer aux demandeurs.</translation>
    </message>
</context>
<context>
    <name>CatalogImportTask</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>The catalog has changed since this import was prepared; prepare it again to see what it would do now.</source>
        <translation>Le catalogue a changé depuis la préparation de cette importation&#xa0;; préparez-la de nouveau pour voir ce qu&apos;elle ferait maintenant.</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Le fichier n&apos;est pas un JSON valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>le fichier entier</translation>
    </message>
    <message>
        <source>A catalog file holds one JSON object with the members &quot;format&quot;, &quot;version&quot;, &quot;categories&quot; and &quot;services&quot;.</source>
        <translation>Un fichier de catalogue contient un seul objet JSON, avec les membres «&#xa0;format&#xa0;», «&#xa0;version&#xa0;», «&#xa0;categories&#xa0;» et «&#xa0;services&#xa0;».</translation>
    </message>
    <message>
        <source>This is not a KaliaOps catalog file: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>Ce n&apos;est pas un fichier de catalogue KaliaOps&#xa0;: «&#xa0;format&#xa0;» doit valoir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>This file has version %1, written by a newer KaliaOps; this program reads version %2.</source>
        <translation>Ce fichier, en version %1, provient d&apos;une version plus récente de KaliaOps&#xa0;; ce programme lit la version %2.</translation>
    </message>
    <message>
        <source>There is no version %1 of the catalog file.</source>
        <translation>La version %1 du fichier de catalogue n&apos;existe pas.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
</context>
<context>
    <name>CatalogMemberReader</name>
    <message>
        <source>This member is missing: it must be %1.</source>
        <translation>Ce membre est absent&#xa0;: il doit être %1.</translation>
    </message>
    <message>
        <source>This must be %1, not %2.</source>
        <translation>Cette valeur doit être %1, et non %2.</translation>
    </message>
    <message>
        <source>A catalog file has no such member here; check its spelling.</source>
        <translation>Un fichier de catalogue n&apos;a pas de tel membre à cet endroit&#xa0;; vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a text or null</source>
        <translation>un texte ou null</translation>
    </message>
    <message>
        <source>A blank text names nothing: write null instead.</source>
        <translation>Un texte vide ne désigne rien&#xa0;: écrivez null à la place.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <source>Estimated delay: %1</source>
        <translation>Délai estimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approval: %1</source>
        <translation>Approbation&#xa0;: %1</translation>
    </message>
    <message>
        <source>No approval needed</source>
        <translation>Aucune approbation requise</translation>
    </message>
    <message>
        <source>Inactive: requesters cannot ask for this service.</source>
        <translation>Inactif&#xa0;: les demandeurs ne peuvent pas demander ce service.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>CatalogWarnings</name>
    <message>
        <source>Approval is required but no designated approver is chosen.</source>
        <translation>L&apos;approbation est requise, mais aucun approbateur désigné n&apos;a été choisi.</translation>
    </message>
    <message numerus="yes">
        <source>%n requester(s) have no manager to approve: the stand-in approver decides for them.</source>
        <translation>
            <numerusform>%n demandeur n&apos;a pas de responsable hiérarchique pour approuver&#xa0;: l&apos;approbateur suppléant décide à sa place.</numerusform>
            <numerusform>%n demandeurs n&apos;ont pas de responsable hiérarchique pour approuver&#xa0;: l&apos;approbateur suppléant décide à leur place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requester(s) have no manager to approve: the catalog administrators decide for them.</source>
        <translation>
            <numerusform>%n demandeur n&apos;a pas de responsable hiérarchique pour approuver&#xa0;: les administrateurs du catalogue décident à sa place.</numerusform>
            <numerusform>%n demandeurs n&apos;ont pas de responsable hiérarchique pour approuver&#xa0;: les administrateurs du catalogue décident à leur place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requester(s) have no team lead to approve: the stand-in approver decides for them.</source>
        <translation>
            <numerusform>%n demandeur n&apos;a pas de responsable d&apos;équipe pour approuver&#xa0;: l&apos;approbateur suppléant décide à sa place.</numerusform>
            <numerusform>%n demandeurs n&apos;ont pas de responsable d&apos;équipe pour approuver&#xa0;: l&apos;approbateur suppléant décide à leur place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requester(s) have no team lead to approve: the catalog administrators decide for them.</source>
        <translation>
            <numerusform>%n demandeur n&apos;a pas de responsable d&apos;équipe pour approuver&#xa0;: les administrateurs du catalogue décident à sa place.</numerusform>
            <numerusform>%n demandeurs n&apos;ont pas de responsable d&apos;équipe pour approuver&#xa0;: les administrateurs du catalogue décident à leur place.</numerusform>
        </translation>
    </message>
    <message>
        <source>This category offers no active service: requesters see nothing in it.</source>
        <translation>Cette catégorie ne propose aucun service actif&#xa0;: les demandeurs n&apos;y voient rien.</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <source>Smaller numbers come first among sibling categories.</source>
        <translation>Parmi les catégories de même niveau, les plus petits nombres viennent en premier.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>Catégorie &amp;parente&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>&amp;Icône&#xa0;:</translation>
    </message>
    <message>
        <source>Display &amp;order:</source>
        <translation>&amp;Ordre d&apos;affichage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete Category</source>
        <translation>&amp;Supprimer la catégorie</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>(Top level)</source>
        <translation>(Premier niveau)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Une catégorie doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message>
        <source>The category number %1 does not exist.</source>
        <translation>La catégorie numéro %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Une catégorie doit avoir un nom.</translation>
    </message>
    <message>
        <source>The parent category number %1 does not exist.</source>
        <translation>La catégorie parente numéro %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Another category of the same parent is already named &quot;%1&quot;.</source>
        <translation>Une autre catégorie du même parent s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Another top-level category is already named &quot;%1&quot;.</source>
        <translation>Une autre catégorie de premier niveau s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A category cannot be moved under itself or one of its sub-categories.</source>
        <translation>Une catégorie ne peut pas être déplacée sous elle-même ni sous l&apos;une de ses sous-catégories.</translation>
    </message>
    <message>
        <source>The category tree is damaged: it contains a cycle.</source>
        <translation>L&apos;arborescence des catégories est endommagée&#xa0;: elle contient un cycle.</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-category(ies)</source>
        <translation>
            <numerusform>%n sous-catégorie</numerusform>
            <numerusform>%n sous-catégories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; still holds %2: move or delete them first.</source>
        <translation>La catégorie «&#xa0;%1&#xa0;» contient encore %2&#xa0;: déplacez-les ou supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Only a category that had a number can be restored.</source>
        <translation>Seule une catégorie qui avait un numéro peut être restaurée.</translation>
    </message>
    <message>
        <source>The category number %1 already exists: it cannot be restored.</source>
        <translation>La catégorie numéro %1 existe déjà&#xa0;: elle ne peut pas être restaurée.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Database URL: sqlite:///path/file.db or postgresql://user[:password]@host[:port]/dbname.</source>
        <translation>URL de la base de données&#xa0;: sqlite:///path/file.db ou postgresql://user[:password]@host[:port]/dbname.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Interface language: en or fr.</source>
        <translation>Langue de l&apos;interface&#xa0;: en ou fr.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>With catalog import: also remove what the file does not contain.</source>
        <translation>Avec catalog import&#xa0;: supprimer aussi ce que le fichier ne contient pas.</translation>
    </message>
    <message>
        <source>A command (see above); none opens the window.</source>
        <translation>Une commande (voir ci-dessus)&#xa0;; sans commande, la fenêtre s&apos;ouvre.</translation>
    </message>
    <message>
        <source>[command …]</source>
        <translation>[commande …]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run kaliaops --help for the list.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Lancez kaliaops --help pour en voir la liste.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>KaliaOps Service Catalog: the IT service catalog and its requests.

Without a command, opens the window. Commands:
  db init                        create the database and its schema
  db migrate                     bring the schema up to date
  db info                        backend, schema version and row counts
  catalog export FILE.json       write the whole catalog as JSON
  catalog import FILE.json       check the file, then import it in one go
  demo load                      load the demo catalog into an empty database
  worker                         run the SLA escalations until stopped
  worker once                    run them once, then exit</source>
        <translation>Catalogue de services KaliaOps&#xa0;: le catalogue des services informatiques et de leurs demandes.

Sans commande, ouvre la fenêtre. Commandes&#xa0;:
  db init                        créer la base de données et son schéma
  db migrate                     mettre le schéma à jour
  db info                        moteur, version du schéma et nombre de lignes
  catalog export FILE.json       écrire tout le catalogue en JSON
  catalog import FILE.json       vérifier le fichier, puis l&apos;importer en une seule opération
  demo load                      charger le catalogue de démonstration dans une base vide
  worker                         exécuter les escalades de SLA jusqu&apos;à l&apos;arrêt
  worker once                    les exécuter une fois, puis quitter</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1.</translation>
    </message>
    <message>
        <source>The file does not exist yet: KaliaOps will create it with the demo catalog.</source>
        <translation>Le fichier n&apos;existe pas encore&#xa0;: KaliaOps le créera avec le catalogue de démonstration.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No valid database URL was given.</source>
        <translation>Aucune URL de base de données valide n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Le pilote Qt SQL %1 n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>La base de données a refusé l&apos;opération&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>The db command needs an action: init, migrate or info.</source>
        <translation>La commande db attend une action&#xa0;: init, migrate ou info.</translation>
    </message>
    <message>
        <source>Unknown database command &quot;%1&quot;: use init, migrate or info.</source>
        <translation>Commande db inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez init, migrate ou info.</translation>
    </message>
    <message>
        <source>The database %1 is already initialised (schema version %2).</source>
        <translation>La base de données %1 est déjà initialisée (version du schéma %2).</translation>
    </message>
    <message>
        <source>Initialised %1 at schema version %2.</source>
        <translation>Base de données %1 initialisée, version du schéma %2.</translation>
    </message>
    <message>
        <source>%1 holds no KaliaOps schema yet: run &quot;kaliaops db init&quot; first.</source>
        <translation>%1 ne contient pas encore de schéma KaliaOps&#xa0;: lancez d&apos;abord «&#xa0;kaliaops db init&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) applied; schema version %1.</source>
        <translation>
            <numerusform>%n migration appliquée&#xa0;; version du schéma %1.</numerusform>
            <numerusform>%n migrations appliquées&#xa0;; version du schéma %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Moteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program knows up to %2)</source>
        <translation>Version du schéma&#xa0;: %1 (ce programme gère jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsForm</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>Fichier SQLite sur cet ordinateur</translation>
    </message>
    <message>
        <source>PostgreSQL server shared by a team</source>
        <translation>Serveur PostgreSQL partagé par une équipe</translation>
    </message>
    <message>
        <source>The KALIAOPS_DATABASE_URL environment variable is set: it takes precedence over this choice when KaliaOps starts.</source>
        <translation>La variable d&apos;environnement KALIAOPS_DATABASE_URL est définie&#xa0;: elle l&apos;emporte sur ce choix au démarrage de KaliaOps.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>For one person on one desk. A new file starts with the demo catalog.</source>
        <translation>Pour une personne sur un seul poste. Un nouveau fichier démarre avec le catalogue de démonstration.</translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation>Par défaut (prefer)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>Nom de la base de données&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>Mode SSL&#xa0;:</translation>
    </message>
    <message>
        <source>The password is saved with your settings, as plain text. Leave it empty to use the PostgreSQL password file (.pgpass) instead.</source>
        <translation>Le mot de passe est enregistré en clair avec vos paramètres. Laissez-le vide pour utiliser plutôt le fichier de mots de passe de PostgreSQL (.pgpass).</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Choose the Database File</source>
        <translation>Choisir le fichier de base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données SQLite (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation>Choisissez le fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>The SQLite file needs a full path, such as /home/me/kaliaops.db.</source>
        <translation>Le fichier SQLite doit être indiqué par un chemin complet, comme /home/me/kaliaops.db.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file inside it.</source>
        <translation>%1 est un dossier&#xa0;: choisissez un fichier à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Enter the host name of the PostgreSQL server.</source>
        <translation>Indiquez le nom d&apos;hôte du serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Enter the name of the PostgreSQL database.</source>
        <translation>Indiquez le nom de la base de données PostgreSQL.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The SQLite URL must name an absolute file path, as in sqlite:///home/me/kaliaops.db.</source>
        <translation>L&apos;URL SQLite doit indiquer un chemin de fichier absolu, comme sqlite:///home/me/kaliaops.db.</translation>
    </message>
    <message>
        <source>Unknown database URL &quot;%1&quot;: it must start with sqlite:// or postgresql://.</source>
        <translation>URL de base de données inconnue «&#xa0;%1&#xa0;»&#xa0;: elle doit commencer par sqlite:// ou postgresql://.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL must read postgresql://user[:password]@host[:port]/database.</source>
        <translation>L&apos;URL PostgreSQL doit être de la forme postgresql://user[:password]@host[:port]/database.</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL option &quot;%1&quot;; known options are %2.</source>
        <translation>Option PostgreSQL inconnue «&#xa0;%1&#xa0;»&#xa0;; options reconnues&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message numerus="yes">
        <source>This database already holds a catalog of %n category(ies): the demo catalog can only be loaded into an empty catalog.</source>
        <translation>
            <numerusform>Cette base de données contient déjà un catalogue de %n catégorie&#xa0;: le catalogue de démonstration ne peut être chargé que dans un catalogue vide.</numerusform>
            <numerusform>Cette base de données contient déjà un catalogue de %n catégories&#xa0;: le catalogue de démonstration ne peut être chargé que dans un catalogue vide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <source>The demo command is &quot;kaliaops demo load&quot;.</source>
        <translation>La commande de démonstration est «&#xa0;kaliaops demo load&#xa0;».</translation>
    </message>
    <message>
        <source>--replace goes with catalog import, not with demo load.</source>
        <translation>--replace s&apos;utilise avec catalog import, pas avec demo load.</translation>
    </message>
    <message>
        <source>The catalog of %1 is not empty: the demo loads only into an empty catalog, so that it never mixes with real data.</source>
        <translation>Le catalogue de %1 n&apos;est pas vide&#xa0;: la démonstration ne se charge que dans un catalogue vide, pour ne jamais se mêler à des données réelles.</translation>
    </message>
    <message>
        <source>Loaded the demo catalog into %1: %2 and %3.</source>
        <translation>Catalogue de démonstration chargé dans %1&#xa0;: %2 et %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n catégorie</numerusform>
            <numerusform>%n catégories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>The demo data refers to &quot;%1&quot;, which it does not define.</source>
        <translation>Les données de démonstration font référence à «&#xa0;%1&#xa0;», qu&apos;elles ne définissent pas.</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>No description yet.</source>
        <translation>Pas encore de description.</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Impossible de créer le dossier des brouillons %1.</translation>
    </message>
    <message>
        <source>Cannot save the draft in %1: %2</source>
        <translation>Impossible d&apos;enregistrer le brouillon dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the draft %1.</source>
        <translation>Impossible de lire le brouillon %1.</translation>
    </message>
    <message>
        <source>The draft %1 is damaged: it cannot be restored.</source>
        <translation>Le brouillon %1 est endommagé&#xa0;: il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>Cannot remove the draft %1: %2</source>
        <translation>Impossible de supprimer le brouillon %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FormAnswerCheck</name>
    <message>
        <source>&quot;%1&quot; must be answered yes or no.</source>
        <translation>La réponse à «&#xa0;%1&#xa0;» doit être oui ou non.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un texte.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds at most %n character(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» ne peut pas dépasser %n caractère.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» ne peut pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; needs at least %n character(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» doit contenir au moins %n caractère.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» doit contenir au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an e-mail address, such as name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une adresse e-mail, comme nom@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <comment>field label: the form designer&apos;s message</comment>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not written in the expected format.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas au format attendu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at least %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir au moins %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at most %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir au plus %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of its choices.</source>
        <translation>«&#xa0;%1&#xa0;» doit être l&apos;un des choix proposés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des choix de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of its choices.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de choix proposés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date et une heure.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be before %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être avant le %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be after %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être après le %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be in the past.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être dans le passé.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be at least %n day(s) from today.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» doit être au moins %n jour après aujourd&apos;hui.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» doit être au moins %n jours après aujourd&apos;hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a person from the directory.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une personne de l&apos;annuaire.</translation>
    </message>
</context>
<context>
    <name>FormAnswerText</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Person #%1</source>
        <translation>Personne n°&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FormAnswerView</name>
    <message>
        <source>Copy Answers</source>
        <translation>Copier les réponses</translation>
    </message>
    <message>
        <source>The request was sent without answers.</source>
        <translation>La demande a été envoyée sans réponses.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FormAttachmentCheck</name>
    <message>
        <source>&quot;%1&quot; must hold attached files, each with a name and a size.</source>
        <translation>«&#xa0;%1&#xa0;» doit contenir des fichiers joints, chacun avec un nom et une taille.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds at most %n file(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» accepte au plus %n fichier.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» accepte au plus %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be attached to &quot;%2&quot;: only %3 files are accepted.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être joint à «&#xa0;%2&#xa0;»&#xa0;: seuls les fichiers %3 sont acceptés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for &quot;%2&quot;: it has %3, and the limit is %4.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour «&#xa0;%2&#xa0;»&#xa0;: il fait %3, pour une limite de %4.</translation>
    </message>
</context>
<context>
    <name>FormChoiceReader</name>
    <message>
        <source>a list of choices</source>
        <translation>une liste de choix</translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation>Un champ à choix doit proposer au moins un choix.</translation>
    </message>
    <message>
        <source>A field offers at most %1 choices; this one has %2.</source>
        <translation>Un champ propose au plus %1 choix&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>Another choice of this field already has the value &quot;%1&quot;.</source>
        <translation>Un autre choix de ce champ a déjà la valeur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>an object with a value and a label</source>
        <translation>un objet avec une valeur et un libellé</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>A choice needs a value and a label that are not blank.</source>
        <translation>Un choix doit avoir une valeur et un libellé non vides.</translation>
    </message>
    <message numerus="yes">
        <source>This text is too long: it may hold at most %n character(s).</source>
        <translation>
            <numerusform>Ce texte est trop long&#xa0;: il ne peut pas dépasser %n caractère.</numerusform>
            <numerusform>Ce texte est trop long&#xa0;: il ne peut pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormChoicesEditor</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Add Choice</source>
        <translation>&amp;Ajouter un choix</translation>
    </message>
    <message>
        <source>Add a choice after the selected one</source>
        <translation>Ajouter un choix après le choix sélectionné</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected choice</source>
        <translation>Retirer le choix sélectionné</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected choice up</source>
        <translation>Monter le choix sélectionné</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected choice down</source>
        <translation>Descendre le choix sélectionné</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
</context>
<context>
    <name>FormCondition</name>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>n&apos;est pas vide</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
</context>
<context>
    <name>FormConditionEditor</name>
    <message>
        <source>Always shown</source>
        <translation>Toujours affiché</translation>
    </message>
    <message>
        <source>Shown when all of these hold:</source>
        <translation>Affiché quand toutes ces conditions sont vraies&#xa0;:</translation>
    </message>
    <message>
        <source>Shown when any of these holds:</source>
        <translation>Affiché quand l&apos;une de ces conditions est vraie&#xa0;:</translation>
    </message>
    <message>
        <source>Add a field that holds an answer first: this field can then be shown depending on that answer.</source>
        <translation>Ajoutez d&apos;abord un champ qui reçoit une réponse&#xa0;: ce champ pourra alors s&apos;afficher selon cette réponse.</translation>
    </message>
</context>
<context>
    <name>FormConditionEditorGroup</name>
    <message>
        <source>All of these hold:</source>
        <translation>Toutes ces conditions sont vraies&#xa0;:</translation>
    </message>
    <message>
        <source>Any of these holds:</source>
        <translation>L&apos;une de ces conditions est vraie&#xa0;:</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Retirer ce groupe</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Add Group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>A group of conditions of which all, or any, must hold</source>
        <translation>Un groupe de conditions dont toutes, ou l&apos;une, doivent être vraies</translation>
    </message>
</context>
<context>
    <name>FormConditionEditorRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>Retirer cette condition</translation>
    </message>
    <message>
        <source>%1 (no such field)</source>
        <translation>%1 (champ inexistant)</translation>
    </message>
</context>
<context>
    <name>FormConditionEditorValue</name>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (plus proposé)</translation>
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
    <name>FormConditionReader</name>
    <message>
        <source>an object with &quot;all&quot;, &quot;any&quot; or &quot;field&quot;</source>
        <translation>un objet avec «&#xa0;all&#xa0;», «&#xa0;any&#xa0;» ou «&#xa0;field&#xa0;»</translation>
    </message>
    <message>
        <source>A group holds either &quot;all&quot; or &quot;any&quot;, not both: nest one group inside the other.</source>
        <translation>Un groupe contient soit «&#xa0;all&#xa0;», soit «&#xa0;any&#xa0;», pas les deux&#xa0;: imbriquez un groupe dans l&apos;autre.</translation>
    </message>
    <message>
        <source>a list of conditions</source>
        <translation>une liste de conditions</translation>
    </message>
    <message>
        <source>A group needs at least one condition.</source>
        <translation>Un groupe doit contenir au moins une condition.</translation>
    </message>
    <message>
        <source>A group holds at most %1 conditions; this one has %2.</source>
        <translation>Un groupe contient au plus %1 conditions&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>The conditions are nested more than %1 levels deep; make them simpler.</source>
        <translation>Les conditions sont imbriquées sur plus de %1 niveaux&#xa0;; simplifiez-les.</translation>
    </message>
    <message>
        <source>the key of a field</source>
        <translation>la clé d&apos;un champ</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>un opérateur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator: use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un opérateur&#xa0;; opérateurs acceptés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>a text, a number, or true or false</source>
        <translation>un texte, un nombre, ou true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares with nothing: leave out &quot;value&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne compare à aucune valeur&#xa0;: retirez «&#xa0;value&#xa0;».</translation>
    </message>
</context>
<context>
    <name>FormDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
</context>
<context>
    <name>FormDateEditor</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove the date</source>
        <translation>Retirer la date</translation>
    </message>
</context>
<context>
    <name>FormDesignerDateEdit</name>
    <message>
        <source>Check to set a date; uncheck for none</source>
        <translation>Cochez pour fixer une date&#xa0;; décochez pour aucune</translation>
    </message>
</context>
<context>
    <name>FormDesignerDefaultEditor</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
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
    <name>FormDesignerDialog</name>
    <message>
        <source>Request Form Designer</source>
        <translation>Concepteur du formulaire de demande</translation>
    </message>
    <message>
        <source>Keep this form; saving the service publishes it</source>
        <translation>Garder ce formulaire&#xa0;; l&apos;enregistrement du service le publie</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Discard your changes to the form?</source>
        <translation>Abandonner vos modifications du formulaire&#xa0;?</translation>
    </message>
    <message>
        <source>Fix the problems listed above the buttons first</source>
        <translation>Corrigez d&apos;abord les problèmes listés au-dessus des boutons</translation>
    </message>
</context>
<context>
    <name>FormDesignerDocument</name>
    <message>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <source>Option 1</source>
        <translation>Option 1</translation>
    </message>
    <message>
        <source>Option 2</source>
        <translation>Option 2</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>Dupliquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation>Déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reorder the fields</source>
        <translation>Réordonner les champs</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>FormDesignerFieldEditor</name>
    <message>
        <source>Select a field to edit it, or add one.</source>
        <translation>Sélectionnez un champ pour le modifier, ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>The question the requester reads</source>
        <translation>La question que lit le demandeur</translation>
    </message>
    <message>
        <source>Shown under the field to help the requester</source>
        <translation>Affiché sous le champ pour aider le demandeur</translation>
    </message>
    <message>
        <source>Shown in the empty field</source>
        <translation>Affiché dans le champ vide</translation>
    </message>
    <message>
        <source>Required: the requester must answer</source>
        <translation>Obligatoire&#xa0;: le demandeur doit répondre</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation>&amp;Aide&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Placeholder:</source>
        <translation>&amp;Texte indicatif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Default:</source>
        <translation>&amp;Par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Liste déroulante</translation>
    </message>
    <message>
        <source>Radio buttons</source>
        <translation>Boutons radio</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Shown &amp;as:</source>
        <translation>Affiché &amp;comme&#xa0;:</translation>
    </message>
    <message>
        <source>Answers are stored under this key: it stays the same when the label changes.</source>
        <translation>Les réponses sont enregistrées sous cette clé&#xa0;: elle ne change pas quand le libellé change.</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Made from the label, unless you type one. Answers are stored under this key: it stays once the form is saved.</source>
        <translation>Tirée du libellé, sauf si vous en tapez une. Les réponses sont enregistrées sous cette clé&#xa0;: elle reste une fois le formulaire enregistré.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is taken: this form has used it before, and answers stored under it mean something else.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est prise&#xa0;: ce formulaire l&apos;a déjà utilisée, et les réponses enregistrées sous elle veulent dire autre chose.</translation>
    </message>
</context>
<context>
    <name>FormDesignerFieldList</name>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>(section without heading)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sans libellé)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>conditionnel</translation>
    </message>
</context>
<context>
    <name>FormDesignerNumberEdit</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: type one, or nothing for none.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;: tapez-en un, ou rien pour aucun.</translation>
    </message>
</context>
<context>
    <name>FormDesignerPreview</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Test mode</source>
        <translation>Mode &amp;test</translation>
    </message>
    <message>
        <source>Fill in the form as a requester would, and see its messages</source>
        <translation>Remplissez le formulaire comme un demandeur, et voyez ses messages</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Show every message, as when the requester submits</source>
        <translation>Afficher chaque message, comme à l&apos;envoi par le demandeur</translation>
    </message>
    <message>
        <source>The preview shows the form as it was before the problems below.</source>
        <translation>L&apos;aperçu montre le formulaire tel qu&apos;il était avant les problèmes ci-dessous.</translation>
    </message>
    <message>
        <source>No fields yet: requesters only confirm their request.</source>
        <translation>Aucun champ pour l&apos;instant&#xa0;: les demandeurs confirment seulement leur demande.</translation>
    </message>
    <message>
        <source>The requester could submit these answers.</source>
        <translation>Le demandeur pourrait envoyer ces réponses.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) would be refused.</source>
        <translation>
            <numerusform>%n réponse serait refusée.</numerusform>
            <numerusform>%n réponses seraient refusées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the form as a requester: the messages show as the requester would read them.</source>
        <translation>Remplissez le formulaire comme un demandeur&#xa0;: les messages s&apos;affichent comme il les lirait.</translation>
    </message>
    <message>
        <source>As requesters will see it. Switch on test mode to fill it in.</source>
        <translation>Tel que les demandeurs le verront. Activez le mode test pour le remplir.</translation>
    </message>
</context>
<context>
    <name>FormDesignerProblemList</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
Click to select the field.</source>
        <translation>%1
Cliquez pour sélectionner le champ.</translation>
    </message>
</context>
<context>
    <name>FormDesignerRulesEditor</name>
    <message>
        <source>Whole numbers only</source>
        <translation>Nombres entiers seulement</translation>
    </message>
    <message>
        <source>Smallest number:</source>
        <translation>Plus petit nombre&#xa0;:</translation>
    </message>
    <message>
        <source>Largest number:</source>
        <translation>Plus grand nombre&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Pattern message:</source>
        <translation>Message du motif&#xa0;:</translation>
    </message>
    <message>
        <source>Shortest length:</source>
        <translation>Longueur minimale&#xa0;:</translation>
    </message>
    <message>
        <source>Longest length:</source>
        <translation>Longueur maximale&#xa0;:</translation>
    </message>
    <message>
        <source>Not in the past</source>
        <translation>Pas dans le passé</translation>
    </message>
    <message>
        <source>How many days from today the date must be at least</source>
        <translation>Combien de jours au moins après aujourd&apos;hui la date doit tomber</translation>
    </message>
    <message>
        <source>Earliest date:</source>
        <translation>Date au plus tôt&#xa0;:</translation>
    </message>
    <message>
        <source>Latest date:</source>
        <translation>Date au plus tard&#xa0;:</translation>
    </message>
    <message>
        <source>Days of notice:</source>
        <translation>Jours de préavis&#xa0;:</translation>
    </message>
    <message>
        <source>Any; for example: pdf, png, jpg</source>
        <translation>Toutes&#xa0;; par exemple&#xa0;: pdf, png, jpg</translation>
    </message>
    <message>
        <source>%1 MiB (the storage limit)</source>
        <translation>%1&#xa0;Mio (la limite de stockage)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation>&#xa0;Mio</translation>
    </message>
    <message>
        <source>Allowed extensions:</source>
        <translation>Extensions permises&#xa0;:</translation>
    </message>
    <message>
        <source>Largest file:</source>
        <translation>Plus gros fichier&#xa0;:</translation>
    </message>
    <message>
        <source>A regular expression for the whole answer</source>
        <translation>Une expression régulière pour toute la réponse</translation>
    </message>
    <message>
        <source>Shown when the answer does not match</source>
        <translation>Affiché quand la réponse ne correspond pas</translation>
    </message>
</context>
<context>
    <name>FormDesignerSummary</name>
    <message>
        <source>Design Form…</source>
        <translation>Concevoir le formulaire…</translation>
    </message>
    <message>
        <source>Choose what requesters fill in when they ask for this service</source>
        <translation>Choisissez ce que les demandeurs remplissent quand ils demandent ce service</translation>
    </message>
    <message>
        <source>The form cannot be read: %1</source>
        <translation>Le formulaire ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No form: requesters only confirm.</source>
        <translation>Aucun formulaire&#xa0;: les demandeurs confirment seulement.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), %1 conditional</source>
        <translation>
            <numerusform>%n champ, %1 conditionnel(s)</numerusform>
            <numerusform>%n champs, %1 conditionnel(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Form Designer</source>
        <translation>Concepteur de formulaire</translation>
    </message>
    <message>
        <source>The keys this form has used cannot be read, so the designer cannot make sure new fields get new ones: %1</source>
        <translation>Les clés déjà utilisées par ce formulaire ne peuvent pas être lues, le concepteur ne peut donc pas garantir des clés neuves aux nouveaux champs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FormDesignerToolBar</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Add a copy of the selected field (Ctrl+D)</source>
        <translation>Ajouter une copie du champ sélectionné (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected field</source>
        <translation>Supprimer le champ sélectionné</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected field up (Ctrl+Up)</source>
        <translation>Monter le champ sélectionné (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <source>Move the selected field down (Ctrl+Down)</source>
        <translation>Descendre le champ sélectionné (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Ajouter un champ</translation>
    </message>
    <message>
        <source>Add a field of the chosen type after the selected one</source>
        <translation>Ajouter un champ du type choisi après le champ sélectionné</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir&#xa0;: %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
</context>
<context>
    <name>FormDropdownEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Single-line text</source>
        <translation>Texte sur une ligne</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>Texte sur plusieurs lignes</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>File attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Titre de section</translation>
    </message>
</context>
<context>
    <name>FormFieldReader</name>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a key</source>
        <translation>une clé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key: use 1 to %2 lower-case letters, digits and underscores, starting with a letter or a digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une clé valide&#xa0;: utilisez de 1 à %2 lettres minuscules, chiffres et tirets bas, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>a field type</source>
        <translation>un type de champ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field type: use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de champ&#xa0;; types acceptés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to a field of type &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne s&apos;applique pas à un champ de type «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no member &quot;%1&quot; here; check its spelling.</source>
        <translation>Il n&apos;y a pas de membre «&#xa0;%1&#xa0;» à cet endroit&#xa0;; vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>A section needs a heading, a text, or both.</source>
        <translation>Une section doit avoir un titre, un texte, ou les deux.</translation>
    </message>
    <message>
        <source>A field needs a label: the question the requester reads.</source>
        <translation>Un champ doit avoir un libellé&#xa0;: la question que lit le demandeur.</translation>
    </message>
    <message>
        <source>A choice is displayed as &quot;dropdown&quot; or &quot;radio&quot;.</source>
        <translation>Un choix s&apos;affiche en «&#xa0;dropdown&#xa0;» ou en «&#xa0;radio&#xa0;».</translation>
    </message>
    <message>
        <source>The minimum (%1) is above the maximum (%2).</source>
        <translation>Le minimum (%1) est supérieur au maximum (%2).</translation>
    </message>
    <message>
        <source>This is not a valid regular expression: %1 (at character %2).</source>
        <translation>Ce n&apos;est pas une expression régulière valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>The minimum length (%1) is above the maximum length (%2).</source>
        <translation>La longueur minimale (%1) est supérieure à la longueur maximale (%2).</translation>
    </message>
    <message>
        <source>The earliest date (%1) is after the latest date (%2).</source>
        <translation>La date au plus tôt (%1) est postérieure à la date au plus tard (%2).</translation>
    </message>
    <message>
        <source>a list of file extensions</source>
        <translation>une liste d&apos;extensions de fichier</translation>
    </message>
    <message>
        <source>A file extension is a short word such as &quot;pdf&quot; or &quot;png&quot;.</source>
        <translation>Une extension de fichier est un mot court comme «&#xa0;pdf&#xa0;» ou «&#xa0;png&#xa0;».</translation>
    </message>
    <message>
        <source>The default value is not a valid answer: %1</source>
        <translation>La valeur par défaut n&apos;est pas une réponse valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FormFieldWidget</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>FormFileEditor</name>
    <message>
        <source>No file attached.</source>
        <translation>Aucun fichier joint.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Accepted files (%1)</source>
        <translation>Fichiers acceptés (%1)</translation>
    </message>
    <message>
        <source>Attach Files to &quot;%1&quot;</source>
        <translation>Joindre des fichiers à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be attached to &quot;%2&quot;: only %3 files are accepted.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être joint à «&#xa0;%2&#xa0;»&#xa0;: seuls les fichiers %3 sont acceptés.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds at most %n file(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» contient au plus %n fichier.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» contient au plus %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file name (size)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FormJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>This is missing: it must be %1.</source>
        <translation>Cet élément est absent&#xa0;: il doit être %1.</translation>
    </message>
    <message>
        <source>This must be %1, not %2.</source>
        <translation>Cette valeur doit être %1, et non %2.</translation>
    </message>
    <message>
        <source>There is no member &quot;%1&quot; here; check its spelling.</source>
        <translation>Il n&apos;y a pas de membre «&#xa0;%1&#xa0;» à cet endroit&#xa0;; vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
</context>
<context>
    <name>FormMemberReader</name>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message numerus="yes">
        <source>This text is too long: it may hold at most %n character(s).</source>
        <translation>
            <numerusform>Ce texte est trop long&#xa0;: il ne peut pas dépasser %n caractère.</numerusform>
            <numerusform>Ce texte est trop long&#xa0;: il ne peut pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>This must be a whole number from %1 to %2.</source>
        <translation>Cette valeur doit être un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>This number is too large: use a number from -%1 to %1.</source>
        <translation>Ce nombre est trop grand&#xa0;: utilisez un nombre de -%1 à %1.</translation>
    </message>
    <message>
        <source>a date written as YYYY-MM-DD</source>
        <translation>une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date au format AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>FormPersonEditor</name>
    <message>
        <source>Type a name to search</source>
        <translation>Tapez un nom pour chercher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person name (login)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FormRadioEditor</name>
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
    <name>FormSchema</name>
    <message>
        <source>The form is too large: %1 bytes, at most %2.</source>
        <translation>Le formulaire est trop volumineux&#xa0;: %1 octets, pour %2 au maximum.</translation>
    </message>
    <message>
        <source>The form is not valid JSON: %1.</source>
        <translation>Le formulaire n&apos;est pas un JSON valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A form is a JSON object with a list of &quot;fields&quot;.</source>
        <translation>Un formulaire est un objet JSON avec une liste «&#xa0;fields&#xa0;».</translation>
    </message>
    <message>
        <source>a list of fields</source>
        <translation>une liste de champs</translation>
    </message>
    <message>
        <source>A form holds at most %1 fields; this one has %2.</source>
        <translation>Un formulaire contient au plus %1 champs&#xa0;; celui-ci en a %2.</translation>
    </message>
</context>
<context>
    <name>FormSchemaCheck</name>
    <message>
        <source>The key &quot;%1&quot; is already used by the field &quot;%2&quot;; each field needs its own key.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est déjà utilisée par le champ «&#xa0;%2&#xa0;»&#xa0;; chaque champ doit avoir sa propre clé.</translation>
    </message>
    <message>
        <source>There is no field with the key &quot;%1&quot; in this form.</source>
        <translation>Aucun champ de ce formulaire n&apos;a la clé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A field cannot be shown or hidden by its own answer.</source>
        <translation>Un champ ne peut pas être affiché ou masqué par sa propre réponse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a section heading, which holds no answer to compare.</source>
        <translation>«&#xa0;%1&#xa0;» est un titre de section, qui ne contient aucune réponse à comparer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not suit &quot;%2&quot;, a field of type &quot;%3&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne convient pas à «&#xa0;%2&#xa0;», un champ de type «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>the value of one of its choices</source>
        <translation>la valeur de l&apos;un de ses choix</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a date written as YYYY-MM-DD</source>
        <translation>une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>a date and time written as YYYY-MM-DDTHH:MM</source>
        <translation>une date et une heure au format AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <source>the number of a person</source>
        <translation>le numéro d&apos;une personne</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be compared with %2.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être comparé à %2.</translation>
    </message>
    <message>
        <source>The visibility conditions go round in a circle: %1. A field cannot depend on itself, even through other fields.</source>
        <translation>Les conditions de visibilité tournent en rond&#xa0;: %1. Un champ ne peut pas dépendre de lui-même, même par l&apos;intermédiaire d&apos;autres champs.</translation>
    </message>
</context>
<context>
    <name>FormValidator</name>
    <message>
        <source>&quot;%1&quot; needs an answer.</source>
        <translation>«&#xa0;%1&#xa0;» attend une réponse.</translation>
    </message>
</context>
<context>
    <name>FormVersionTable</name>
    <message>
        <source>Version %1 of the form of service #%2 does not exist.</source>
        <translation>La version %1 du formulaire du service n°&#xa0;%2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Version %1 of the form of service #%2 cannot be read: %3</source>
        <translation>La version %1 du formulaire du service n°&#xa0;%2 ne peut pas être lue&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>HolidaysEditor</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name of the day</source>
        <translation>Nom du jour</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Add &amp;French Holidays of %1</source>
        <translation>Ajouter les jours fériés &amp;français de %1</translation>
    </message>
    <message>
        <source>Adds the eleven French public holidays of the year of the date.</source>
        <translation>Ajoute les onze jours fériés français de l&apos;année de la date.</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
</context>
<context>
    <name>IconPickerDialog</name>
    <message>
        <source>Choose an Icon</source>
        <translation>Choisir une icône</translation>
    </message>
    <message>
        <source>Search icons</source>
        <translation>Rechercher une icône</translation>
    </message>
</context>
<context>
    <name>MailSettingsForm</name>
    <message>
        <source>Notifications by e-mail</source>
        <translation>Notifications par courriel</translation>
    </message>
    <message>
        <source>smtp.example.com; empty for no mail</source>
        <translation>smtp.example.com&#xa0;; vide pour aucun courriel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Kept in the settings file of this account; a server&apos;s worker can take it from KALIAOPS_SMTP_PASSWORD instead.</source>
        <translation>Conservé dans le fichier de réglages de ce compte&#xa0;; les tâches de fond d&apos;un serveur peuvent plutôt le prendre dans KALIAOPS_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>itsm@example.com</source>
        <translation>itsm@example.com</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Serveur SMTP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;écurité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Adresse de l&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Nom de l&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>The SMTP server is a host name such as smtp.example.com, without &quot;smtp://&quot;, a port or spaces.</source>
        <translation>Le serveur SMTP est un nom d&apos;hôte comme smtp.example.com, sans «&#xa0;smtp://&#xa0;», ni port, ni espaces.</translation>
    </message>
    <message>
        <source>Give the sender address the mails come from, such as itsm@example.com.</source>
        <translation>Indiquez l&apos;adresse d&apos;où partent les courriels, comme itsm@example.com.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KaliaOps Service Catalog</source>
        <translation>Catalogue de services KaliaOps</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;ITSM</source>
        <translation>&amp;ITSM</translation>
    </message>
    <message>
        <source>Service &amp;Catalog</source>
        <translation>&amp;Catalogue de services</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About KaliaOps</source>
        <translation>À &amp;propos de KaliaOps</translation>
    </message>
    <message>
        <source>No database was given.</source>
        <translation>Aucune base de données n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Aucune base de données n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Ouvrir les paramètres…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Base de données ouverte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>SQLite — %1</source>
        <translation>SQLite — %1</translation>
    </message>
    <message>
        <source>PostgreSQL — %1</source>
        <translation>PostgreSQL — %1</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Aucune base de données</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new language applies the next time KaliaOps starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de KaliaOps.</translation>
    </message>
    <message>
        <source>About KaliaOps</source>
        <translation>À propos de KaliaOps</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KaliaOps Service Catalog %1&lt;/h3&gt;&lt;p&gt;The catalog of IT services that people can request, with approval rules, fulfilment teams and service levels.&lt;/p&gt;&lt;p&gt;Runs on an SQLite file for one desk, or on a shared PostgreSQL server for a team.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Catalogue de services KaliaOps %1&lt;/h3&gt;&lt;p&gt;Le catalogue des services informatiques que chacun peut demander, avec règles d&apos;approbation, équipes de réalisation et niveaux de service.&lt;/p&gt;&lt;p&gt;Fonctionne sur un fichier SQLite pour un seul poste, ou sur un serveur PostgreSQL partagé pour une équipe.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Parcourir</translation>
    </message>
    <message>
        <source>C&amp;ategories…</source>
        <translation>C&amp;atégories…</translation>
    </message>
    <message>
        <source>&amp;Services…</source>
        <translation>&amp;Services…</translation>
    </message>
    <message>
        <source>S&amp;LA</source>
        <translation>S&amp;LA</translation>
    </message>
    <message>
        <source>&amp;Policies…</source>
        <translation>&amp;Politiques…</translation>
    </message>
    <message>
        <source>&amp;Calendars…</source>
        <translation>&amp;Calendriers…</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <source>Self-Service &amp;Portal</source>
        <translation>&amp;Portail libre-service</translation>
    </message>
    <message>
        <source>&amp;My Requests</source>
        <translation>&amp;Mes demandes</translation>
    </message>
    <message>
        <source>My &amp;Approvals</source>
        <translation>Mes &amp;validations</translation>
    </message>
    <message>
        <source>&amp;Undelivered Notifications…</source>
        <translation>Notifications &amp;non distribuées…</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The migration %1 is missing from the program.</source>
        <translation>La migration %1 est absente du programme.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migration %1 (%2) a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>This database was written by a newer version of KaliaOps (schema version %1; this program knows up to %2). Update KaliaOps before opening it.</source>
        <translation>Cette base de données provient d&apos;une version plus récente de KaliaOps (version du schéma %1&#xa0;; ce programme gère jusqu&apos;à la version %2). Mettez KaliaOps à jour avant de l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>MyRequestsModel</name>
    <message>
        <source>Due date: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expected date (an estimate): %1</source>
        <translation>Date prévue (estimation)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Due or expected</source>
        <translation>Échéance ou date prévue</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>The date is set once the request is approved.</source>
        <translation>La date est fixée une fois la demande approuvée.</translation>
    </message>
</context>
<context>
    <name>MyRequestsView</name>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Demandes en cours</translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation>Demandes closes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Your requests cannot be read</source>
        <translation>Vos demandes ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Aucune demande pour l&apos;instant</translation>
    </message>
    <message>
        <source>What you ask for in the self-service portal shows here, with where it stands.</source>
        <translation>Ce que vous demandez dans le portail libre-service s&apos;affiche ici, avec son avancement.</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Rien ici</translation>
    </message>
    <message>
        <source>None of your requests matches this filter.</source>
        <translation>Aucune de vos demandes ne correspond à ce filtre.</translation>
    </message>
</context>
<context>
    <name>NotificationDispatcher</name>
    <message>
        <source>The recipient has no e-mail address.</source>
        <translation>Le destinataire n&apos;a pas d&apos;adresse électronique.</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Mark All as Read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Aucune notification.</translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>[%1] Request received: %2</source>
        <translation>[%1] Demande reçue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your request for &quot;%2&quot; is registered under the number %1.

Keep this number to follow it in &quot;My requests&quot;. You will hear from us at each step.</source>
        <translation>Votre demande «&#xa0;%2&#xa0;» est enregistrée sous le numéro %1.

Gardez ce numéro pour la suivre dans «&#xa0;Mes demandes&#xa0;». Nous vous tiendrons informé à chaque étape.</translation>
    </message>
    <message>
        <source>[%1] Your approval is needed: %2</source>
        <translation>[%1] Votre validation est attendue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%3 asks for &quot;%2&quot; (request %1) and needs your approval.

Approve or reject it in &quot;My approvals&quot;.</source>
        <translation>%3 demande «&#xa0;%2&#xa0;» (demande %1) et attend votre validation.

Approuvez-la ou rejetez-la dans «&#xa0;Mes validations&#xa0;».</translation>
    </message>
    <message>
        <source>[%1] Request approved: %2</source>
        <translation>[%1] Demande approuvée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%3 approved your request %1 for &quot;%2&quot;. The IT team takes it from here.</source>
        <translation>%3 a approuvé votre demande %1 «&#xa0;%2&#xa0;». L&apos;équipe informatique prend le relais.</translation>
    </message>
    <message>
        <source>[%1] Request rejected: %2</source>
        <translation>[%1] Demande rejetée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%3 rejected your request %1 for &quot;%2&quot;.

Reason: %4</source>
        <translation>%3 a rejeté votre demande %1 «&#xa0;%2&#xa0;».

Motif&#xa0;: %4</translation>
    </message>
    <message>
        <source>[%1] Request in progress: %2</source>
        <translation>[%1] Demande prise en charge&#xa0;: %2</translation>
    </message>
    <message>
        <source>%3 is now working on your request %1 for &quot;%2&quot;.</source>
        <translation>%3 traite maintenant votre demande %1 «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>[%1] Request done: %2</source>
        <translation>[%1] Demande terminée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%3 completed your request %1 for &quot;%2&quot;.

Resolution: %4</source>
        <translation>%3 a terminé votre demande %1 «&#xa0;%2&#xa0;».

Résolution&#xa0;: %4</translation>
    </message>
    <message>
        <source>[%1] New comment: %2</source>
        <translation>[%1] Nouveau commentaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>%3 wrote about your request %1 for &quot;%2&quot;:

%4

Reply in &quot;My requests&quot;.</source>
        <translation>%3 a écrit au sujet de votre demande %1 «&#xa0;%2&#xa0;»&#xa0;:

%4

Répondez dans «&#xa0;Mes demandes&#xa0;».</translation>
    </message>
    <message>
        <source>[%1] SLA warning: %2</source>
        <translation>[%1] Alerte SLA&#xa0;: %2</translation>
    </message>
    <message>
        <source>Request %1 (%2) has used most of its time. It is due %5.</source>
        <translation>La demande %1 (%2) a consommé l&apos;essentiel de son délai. Échéance&#xa0;: %5.</translation>
    </message>
    <message>
        <source>[%1] SLA critical: %2</source>
        <translation>[%1] SLA critique&#xa0;: %2</translation>
    </message>
    <message>
        <source>Request %1 (%2) is close to its due date: %5. Act now.</source>
        <translation>La demande %1 (%2) approche de son échéance&#xa0;: %5. Agissez maintenant.</translation>
    </message>
    <message>
        <source>[%1] SLA breached: %2</source>
        <translation>[%1] SLA dépassé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Request %1 (%2) has missed its SLA target: it was due %5.</source>
        <translation>La demande %1 (%2) a manqué son objectif de SLA&#xa0;: l&apos;échéance était %5.</translation>
    </message>
</context>
<context>
    <name>PeopleStore</name>
    <message>
        <source>No person has the number %1.</source>
        <translation>Aucune personne ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Une équipe doit avoir un nom.</translation>
    </message>
    <message>
        <source>A person needs a login.</source>
        <translation>Une personne doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>A person needs a display name.</source>
        <translation>Une personne doit avoir un nom d&apos;affichage.</translation>
    </message>
    <message>
        <source>The language must be &quot;en&quot; or &quot;fr&quot;.</source>
        <translation>La langue doit être «&#xa0;en&#xa0;» ou «&#xa0;fr&#xa0;».</translation>
    </message>
    <message>
        <source>No team has the number %1.</source>
        <translation>Aucune équipe ne porte le numéro %1.</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Catalog administrator</source>
        <translation>Administrateur du catalogue</translation>
    </message>
</context>
<context>
    <name>PersonChooserDialog</name>
    <message>
        <source>Switch Person</source>
        <translation>Changer de personne</translation>
    </message>
    <message>
        <source>Act as another person. In single-seat mode this is not a security boundary: anyone at this desk can switch.</source>
        <translation>Agir en tant qu&apos;une autre personne. En mode poste unique, ce n&apos;est pas une barrière de sécurité&#xa0;: toute personne à ce poste peut changer.</translation>
    </message>
    <message>
        <source>Type a name or a login</source>
        <translation>Tapez un nom ou un identifiant</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Changer</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name to search</source>
        <translation>Saisissez un nom à rechercher</translation>
    </message>
</context>
<context>
    <name>PortalBrowser</name>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Search services…</source>
        <translation>Rechercher un service…</translation>
    </message>
    <message>
        <source>The catalog cannot be read</source>
        <translation>Le catalogue ne peut pas être lu</translation>
    </message>
    <message>
        <source>Nothing to request yet</source>
        <translation>Rien à demander pour l&apos;instant</translation>
    </message>
    <message>
        <source>The catalog offers no service for now. Ask your IT team.</source>
        <translation>Le catalogue ne propose aucun service pour l&apos;instant. Adressez-vous à votre équipe informatique.</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>Choisissez une catégorie</translation>
    </message>
    <message>
        <source>Or search for a service by name or keyword.</source>
        <translation>Ou recherchez un service par son nom ou un mot-clé.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No service matches &quot;%1&quot;</source>
        <translation>Aucun service ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Check the spelling, try other words, or browse the categories.</source>
        <translation>Vérifiez l&apos;orthographe, essayez d&apos;autres mots, ou parcourez les catégories.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) match &quot;%1&quot;</source>
        <translation>
            <numerusform>%n service correspond à «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n services correspondent à «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject %1</source>
        <translation>Rejeter %1</translation>
    </message>
    <message>
        <source>Why do you reject %1? %2 reads the reason.</source>
        <translation>Pourquoi rejetez-vous %1&#xa0;? %2 lira le motif.</translation>
    </message>
    <message>
        <source>The reason, required</source>
        <translation>Le motif, obligatoire</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
</context>
<context>
    <name>RequestActivityView</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Write to the people working on the request</source>
        <translation>Écrivez aux personnes qui traitent la demande</translation>
    </message>
    <message>
        <source>Send the comment: everyone working on the request reads it.</source>
        <translation>Envoyer le commentaire&#xa0;: toutes les personnes qui traitent la demande le liront.</translation>
    </message>
    <message>
        <source>KaliaOps</source>
        <translation>KaliaOps</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
</context>
<context>
    <name>RequestAttachmentsPanel</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written to a temporary folder: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être écrit dans un dossier temporaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>No program opens &quot;%1&quot; here: use Save As and open it from its folder.</source>
        <translation>Aucun programme n&apos;ouvre «&#xa0;%1&#xa0;» ici&#xa0;: utilisez Enregistrer sous et ouvrez-le depuis son dossier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved as %2: %3</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré sous %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>RequestConfirmation</name>
    <message>
        <source>Your tracking number</source>
        <translation>Votre numéro de suivi</translation>
    </message>
    <message>
        <source>Quote it whenever you talk to the IT team about this request.</source>
        <translation>Rappelez-le chaque fois que vous parlez de cette demande à l&apos;équipe informatique.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>La suite</translation>
    </message>
    <message>
        <source>Go to My requests</source>
        <translation>Aller à Mes demandes</translation>
    </message>
    <message>
        <source>Request something else</source>
        <translation>Demander autre chose</translation>
    </message>
    <message>
        <source>Your request for &quot;%1&quot; is sent</source>
        <translation>Votre demande «&#xa0;%1&#xa0;» est envoyée</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>RequestDetailView</name>
    <message>
        <source>No request selected</source>
        <translation>Aucune demande sélectionnée</translation>
    </message>
    <message>
        <source>Select a request in the list to follow where it stands.</source>
        <translation>Sélectionnez une demande dans la liste pour suivre son avancement.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>The request cannot be shown</source>
        <translation>La demande ne peut pas être affichée</translation>
    </message>
    <message>
        <source>Answers given on version %1 of the form.</source>
        <translation>Réponses données sur la version %1 du formulaire.</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Pièces jointes (%1)</translation>
    </message>
    <message>
        <source>Cancel Request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Cancel %1 (%2)? Nobody will work on it, and it cannot be reopened.</source>
        <translation>Annuler %1 (%2)&#xa0;? Personne ne la traitera, et elle ne pourra pas être rouverte.</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>La garder</translation>
    </message>
</context>
<context>
    <name>RequestGuidance</name>
    <message>
        <source>No approval needed.</source>
        <translation>Aucune validation nécessaire.</translation>
    </message>
    <message>
        <source>A catalog administrator approves this request.</source>
        <translation>Un administrateur du catalogue valide cette demande.</translation>
    </message>
    <message>
        <source>%1 approves this request in place of your manager.</source>
        <translation>%1 valide cette demande à la place de votre responsable.</translation>
    </message>
    <message>
        <source>%1 approves this request in place of your team lead.</source>
        <translation>%1 valide cette demande à la place de votre chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>%1 approves this request.</source>
        <translation>%1 valide cette demande.</translation>
    </message>
    <message>
        <source>Your manager, %1, approves this request.</source>
        <translation>Votre responsable, %1, valide cette demande.</translation>
    </message>
    <message>
        <source>Your team lead, %1, approves this request.</source>
        <translation>Votre chef d&apos;équipe, %1, valide cette demande.</translation>
    </message>
    <message>
        <source>A catalog administrator</source>
        <translation>Un administrateur du catalogue</translation>
    </message>
    <message>
        <source>Your manager, %1,</source>
        <translation>Votre responsable, %1,</translation>
    </message>
    <message>
        <source>Your team lead, %1,</source>
        <translation>Votre chef d&apos;équipe, %1,</translation>
    </message>
    <message>
        <source>%1 approves or rejects it first; you are told of the decision.</source>
        <translation>%1 l&apos;approuve ou la rejette d&apos;abord&#xa0;; vous êtes informé de la décision.</translation>
    </message>
    <message>
        <source>Once it is approved, the IT team takes it over.</source>
        <translation>Une fois approuvée, l&apos;équipe informatique la prend en charge.</translation>
    </message>
    <message>
        <source>Once it is approved, the %1 team takes it over.</source>
        <translation>Une fois approuvée, l&apos;équipe %1 la prend en charge.</translation>
    </message>
    <message>
        <source>The IT team takes it over.</source>
        <translation>L&apos;équipe informatique la prend en charge.</translation>
    </message>
    <message>
        <source>The %1 team takes it over.</source>
        <translation>L&apos;équipe %1 la prend en charge.</translation>
    </message>
    <message>
        <source>%1, counted from the approval.</source>
        <translation>%1, à compter de la validation.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Follow it, and talk with the team, in My requests.</source>
        <translation>Suivez-la, et échangez avec l&apos;équipe, dans Mes demandes.</translation>
    </message>
</context>
<context>
    <name>RequestHeader</name>
    <message>
        <source>Cancel Request…</source>
        <translation>Annuler la demande…</translation>
    </message>
    <message>
        <source>%1 · submitted %2</source>
        <translation>%1 · envoyée le %2</translation>
    </message>
    <message>
        <source>Withdraw the request: nobody will work on it.</source>
        <translation>Retirer la demande&#xa0;: personne ne la traitera.</translation>
    </message>
    <message>
        <source>A request is cancelled only before work on it starts; this one is &quot;%1&quot;.</source>
        <translation>Une demande ne s&apos;annule qu&apos;avant le début du travail&#xa0;; celle-ci est «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RequestSla</name>
    <message>
        <source>Request #%1 does not exist.</source>
        <translation>La demande n°&#xa0;%1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente de validation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
</context>
<context>
    <name>RequestStore</name>
    <message>
        <source>Sign in to submit a request.</source>
        <translation>Connectez-vous pour envoyer une demande.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer offered: it cannot be requested.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus proposé&#xa0;: il ne peut pas être demandé.</translation>
    </message>
    <message>
        <source>Request #%1 does not exist.</source>
        <translation>La demande n°&#xa0;%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Only technicians change the priority of a request.</source>
        <translation>Seuls les techniciens changent la priorité d&apos;une demande.</translation>
    </message>
    <message>
        <source>%1 is closed: its priority can no longer change.</source>
        <translation>%1 est close&#xa0;: sa priorité ne peut plus changer.</translation>
    </message>
    <message>
        <source>Sign in to open the files of a request.</source>
        <translation>Connectez-vous pour ouvrir les fichiers d&apos;une demande.</translation>
    </message>
    <message>
        <source>You take no part in %1: its files are not yours to open.</source>
        <translation>Vous ne participez pas à %1&#xa0;: ses fichiers ne vous sont pas destinés.</translation>
    </message>
</context>
<context>
    <name>RequestSummary</name>
    <message>
        <source>Request #%1 does not exist.</source>
        <translation>La demande n°&#xa0;%1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>RequestTimeline</name>
    <message>
        <source>Submitted the request</source>
        <translation>A envoyé la demande</translation>
    </message>
    <message>
        <source>Approved the request</source>
        <translation>A approuvé la demande</translation>
    </message>
    <message>
        <source>Rejected the request: %1</source>
        <translation>A rejeté la demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Took the request in hand</source>
        <translation>A pris la demande en charge</translation>
    </message>
    <message>
        <source>Completed the request: %1</source>
        <translation>A terminé la demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled the request</source>
        <translation>A annulé la demande</translation>
    </message>
    <message>
        <source>Changed the priority from %1 to %2</source>
        <translation>A changé la priorité de %1 à %2</translation>
    </message>
    <message>
        <source>Escalated: %1</source>
        <translation>Escaladée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed the request (%1)</source>
        <translation>A modifié la demande (%1)</translation>
    </message>
    <message>
        <source>Sent for approval to the catalog administrators</source>
        <translation>Envoyée en validation aux administrateurs du catalogue</translation>
    </message>
    <message>
        <source>Sent for approval</source>
        <translation>Envoyée en validation</translation>
    </message>
    <message>
        <source>Sent for approval to %1</source>
        <translation>Envoyée en validation à %1</translation>
    </message>
</context>
<context>
    <name>RequestWorkflow</name>
    <message>
        <source>Sign in to act on a request.</source>
        <translation>Connectez-vous pour agir sur une demande.</translation>
    </message>
    <message>
        <source>Request #%1 does not exist.</source>
        <translation>La demande n°&#xa0;%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Only the person who asked for %1 can cancel it.</source>
        <translation>Seule la personne qui a fait la demande %1 peut l&apos;annuler.</translation>
    </message>
    <message>
        <source>Nobody decides on their own request: %1 waits for another approver.</source>
        <translation>Personne ne décide de sa propre demande&#xa0;: %1 attend un autre valideur.</translation>
    </message>
    <message>
        <source>Only the approver of %1 can approve or reject it.</source>
        <translation>Seul le valideur de %1 peut l&apos;approuver ou la rejeter.</translation>
    </message>
    <message>
        <source>Only technicians take and complete requests.</source>
        <translation>Seuls les techniciens prennent en charge et terminent les demandes.</translation>
    </message>
    <message>
        <source>This step happens by itself; nobody takes it by hand.</source>
        <translation>Cette étape se fait d&apos;elle-même&#xa0;; personne ne la déclenche à la main.</translation>
    </message>
    <message>
        <source>Give the reason for the rejection: the requester reads it.</source>
        <translation>Indiquez le motif du rejet&#xa0;: le demandeur le lira.</translation>
    </message>
    <message>
        <source>Write a resolution note: the requester reads what was done.</source>
        <translation>Rédigez une note de résolution&#xa0;: le demandeur lira ce qui a été fait.</translation>
    </message>
    <message>
        <source>%1 made it &quot;%2&quot; on %3.</source>
        <translation>%1 l&apos;a passée à «&#xa0;%2&#xa0;» le %3.</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>%1 changed since you opened it. %2</source>
        <translation>%1 a changé depuis que vous l&apos;avez ouverte. %2</translation>
    </message>
    <message>
        <source>Look at it again.</source>
        <translation>Regardez-la de nouveau.</translation>
    </message>
    <message>
        <source>Sign in to comment on a request.</source>
        <translation>Connectez-vous pour commenter une demande.</translation>
    </message>
    <message>
        <source>Write something before sending the comment.</source>
        <translation>Écrivez quelque chose avant d&apos;envoyer le commentaire.</translation>
    </message>
    <message>
        <source>Only technicians write internal comments.</source>
        <translation>Seuls les techniciens écrivent des commentaires internes.</translation>
    </message>
    <message>
        <source>You take no part in %1: you cannot comment on it.</source>
        <translation>Vous ne participez pas à %1&#xa0;: vous ne pouvez pas la commenter.</translation>
    </message>
    <message>
        <source>Sign in to read the comments of a request.</source>
        <translation>Connectez-vous pour lire les commentaires d&apos;une demande.</translation>
    </message>
    <message>
        <source>You take no part in %1: its comments are not yours to read.</source>
        <translation>Vous ne participez pas à %1&#xa0;: ses commentaires ne vous sont pas destinés.</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>Requester&apos;s manager</source>
        <translation>Responsable hiérarchique du demandeur</translation>
    </message>
    <message>
        <source>Requester&apos;s team lead</source>
        <translation>Responsable d&apos;équipe du demandeur</translation>
    </message>
    <message>
        <source>Designated person</source>
        <translation>Personne désignée</translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation>Non estimé</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCardDelegate</name>
    <message>
        <source>Approval required</source>
        <translation>Validation requise</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Approver &amp;rule:</source>
        <translation>&amp;Règle d&apos;approbation&#xa0;:</translation>
    </message>
    <message>
        <source>Designated &amp;approver:</source>
        <translation>&amp;Approbateur désigné&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fulfilment team:</source>
        <translation>É&amp;quipe de réalisation&#xa0;:</translation>
    </message>
    <message>
        <source>Estimated &amp;delay:</source>
        <translation>Déla&amp;i estimé&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;LA policy:</source>
        <translation>Politique de S&amp;LA&#xa0;:</translation>
    </message>
    <message>
        <source>Words people search for, separated by commas</source>
        <translation>Mots recherchés par les demandeurs, séparés par des virgules</translation>
    </message>
    <message>
        <source>A&amp;ctive: requesters can ask for this service</source>
        <translation>Acti&amp;f&#xa0;: les demandeurs peuvent demander ce service</translation>
    </message>
    <message>
        <source>Requires a&amp;pproval</source>
        <translation>A&amp;pprobation requise</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Estimation&#xa0;:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete Service</source>
        <translation>&amp;Supprimer le service</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Un service doit avoir un nom.</translation>
    </message>
    <message>
        <source>Choose the person who approves.</source>
        <translation>Choisissez la personne qui approuve.</translation>
    </message>
    <message>
        <source>Nobody is named &quot;%1&quot;: choose a person from the list.</source>
        <translation>Personne ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;: choisissez une personne dans la liste.</translation>
    </message>
    <message>
        <source>The estimated delay must be a positive number.</source>
        <translation>Le délai estimé doit être un nombre positif.</translation>
    </message>
    <message>
        <source>Request &amp;form:</source>
        <translation>&amp;Formulaire de demande&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ServiceIntro</name>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>ServiceRequestPage</name>
    <message>
        <source>Your request</source>
        <translation>Votre demande</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the catalog (%1); your answers are kept as a draft.</source>
        <translation>Retour au catalogue (%1)&#xa0;; vos réponses sont gardées en brouillon.</translation>
    </message>
    <message>
        <source>Submit request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>Send the request (%1)</source>
        <translation>Envoyer la demande (%1)</translation>
    </message>
    <message>
        <source>This service cannot be shown</source>
        <translation>Ce service ne peut pas être affiché</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer offered: it cannot be requested.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus proposé&#xa0;: il ne peut pas être demandé.</translation>
    </message>
    <message>
        <source>Sign in to submit a request.</source>
        <translation>Connectez-vous pour envoyer une demande.</translation>
    </message>
    <message>
        <source>Approval is required, but the approver cannot be found now: %1</source>
        <translation>Une validation est requise, mais le valideur est introuvable pour l&apos;instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approval is required.</source>
        <translation>Une validation est requise.</translation>
    </message>
    <message>
        <source>The form of this service cannot be shown (%1). Tell the catalog administrators.</source>
        <translation>Le formulaire de ce service ne peut pas être affiché (%1). Prévenez les administrateurs du catalogue.</translation>
    </message>
    <message>
        <source>The form has changed since: check your answers.</source>
        <translation>Le formulaire a changé depuis&#xa0;: vérifiez vos réponses.</translation>
    </message>
    <message>
        <source>Attach your files again: drafts do not keep them.</source>
        <translation>Joignez de nouveau vos fichiers&#xa0;: les brouillons ne les gardent pas.</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>La demande n&apos;a pas été envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request was not sent:</source>
        <translation>La demande n&apos;a pas été envoyée&#xa0;:</translation>
    </message>
    <message>
        <source>The form of this service has changed since you opened it: go back and open the service again.</source>
        <translation>Le formulaire de ce service a changé depuis que vous l&apos;avez ouvert&#xa0;: revenez en arrière et ouvrez de nouveau le service.</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>Your draft from %1 is restored.</source>
        <translation>Votre brouillon du %1 est restauré.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to check: see the message under each.</source>
        <translation>
            <numerusform>%n champ à vérifier&#xa0;: voyez le message sous le champ.</numerusform>
            <numerusform>%n champs à vérifier&#xa0;: voyez le message sous chacun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceTable</name>
    <message>
        <source>The service number %1 does not exist.</source>
        <translation>Le service numéro %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Another service of this category is already named &quot;%1&quot;.</source>
        <translation>Un autre service de cette catégorie s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A service needs a name.</source>
        <translation>Un service doit avoir un nom.</translation>
    </message>
    <message>
        <source>A service must belong to a category.</source>
        <translation>Un service doit appartenir à une catégorie.</translation>
    </message>
    <message>
        <source>The estimated delay must be a positive number.</source>
        <translation>Le délai estimé doit être un nombre positif.</translation>
    </message>
    <message>
        <source>The approver rule &quot;Designated person&quot; needs a designated approver.</source>
        <translation>La règle d&apos;approbation «&#xa0;Personne désignée&#xa0;» exige un approbateur désigné.</translation>
    </message>
    <message>
        <source>The category number %1 does not exist.</source>
        <translation>La catégorie numéro %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The designated approver number %1 does not exist.</source>
        <translation>L&apos;approbateur désigné numéro %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The fulfilment team number %1 does not exist.</source>
        <translation>L&apos;équipe de réalisation numéro %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The SLA policy number %1 does not exist.</source>
        <translation>La politique de SLA numéro %1 n&apos;existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>The request form is not valid: %1: %2 (%n problem(s) in all).</source>
        <translation>
            <numerusform>Le formulaire de demande n&apos;est pas valide&#xa0;: %1&#xa0;: %2 (%n problème en tout).</numerusform>
            <numerusform>Le formulaire de demande n&apos;est pas valide&#xa0;: %1&#xa0;: %2 (%n problèmes en tout).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service &quot;%1&quot; has %n request(s) in its history: deactivate it instead of deleting it.</source>
        <translation>
            <numerusform>Le service «&#xa0;%1&#xa0;» a %n demande dans son historique&#xa0;: désactivez-le au lieu de le supprimer.</numerusform>
            <numerusform>Le service «&#xa0;%1&#xa0;» a %n demandes dans son historique&#xa0;: désactivez-le au lieu de le supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a service that had a number can be restored.</source>
        <translation>Seul un service qui avait un numéro peut être restauré.</translation>
    </message>
    <message>
        <source>The service number %1 already exists: it cannot be restored.</source>
        <translation>Le service numéro %1 existe déjà&#xa0;: il ne peut pas être restauré.</translation>
    </message>
</context>
<context>
    <name>SessionControl</name>
    <message>
        <source>Act as another person</source>
        <translation>Agir en tant qu&apos;une autre personne</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>KaliaOps Service Catalog</source>
        <translation>Catalogue de services KaliaOps</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lue</numerusform>
            <numerusform>%n non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionStart</name>
    <message>
        <source>No one could be signed in: the administrator &quot;%1&quot; could not be created: %2</source>
        <translation>Personne n&apos;a pu être connecté&#xa0;: l&apos;administrateur «&#xa0;%1&#xa0;» n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>The new language applies the next time KaliaOps starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de KaliaOps.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l&apos;interface&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SlaBadge</name>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>Prévue %1</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>SlaClock</name>
    <message>
        <source>Request #%1 does not exist.</source>
        <translation>La demande n°&#xa0;%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; has no working time: the due dates of &quot;%2&quot; cannot be counted.</source>
        <translation>Le calendrier «&#xa0;%1&#xa0;» n&apos;a aucun horaire de travail&#xa0;: les échéances de «&#xa0;%2&#xa0;» ne peuvent pas être calculées.</translation>
    </message>
    <message>
        <source>No calendar exists to count the estimated delay in.</source>
        <translation>Aucun calendrier n&apos;existe pour compter le délai estimé.</translation>
    </message>
</context>
<context>
    <name>SlaCommitment</name>
    <message>
        <source>Resolved within %1</source>
        <translation>Résolue sous %1</translation>
    </message>
    <message>
        <source>Usually done within %1 (an estimate)</source>
        <translation>Habituellement traitée sous %1 (estimation)</translation>
    </message>
</context>
<context>
    <name>SlaEditorDialog</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them now?</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications non enregistrées. Les enregistrer maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>An SLA policy needs a name.</source>
        <translation>Une politique de SLA a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Choose the calendar in which the targets are counted.</source>
        <translation>Choisissez le calendrier dans lequel les objectifs sont comptés.</translation>
    </message>
    <message>
        <source>The warning and critical thresholds lie between 1 % and 99 %.</source>
        <translation>Les seuils d&apos;alerte et critique sont compris entre 1&#xa0;% et 99&#xa0;%.</translation>
    </message>
    <message>
        <source>The warning threshold (%1 %) must come before the critical threshold (%2 %).</source>
        <translation>Le seuil d&apos;alerte (%1&#xa0;%) doit précéder le seuil critique (%2&#xa0;%).</translation>
    </message>
    <message>
        <source>The response target of the %1 priority must be longer than zero.</source>
        <translation>L&apos;objectif de prise en charge de la priorité %1 doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The resolution target of the %1 priority must be longer than zero.</source>
        <translation>L&apos;objectif de résolution de la priorité %1 doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The targets of the %1 priority must stay under a year.</source>
        <translation>Les objectifs de la priorité %1 doivent rester sous un an.</translation>
    </message>
    <message>
        <source>The resolution target of the %1 priority (%2) cannot be shorter than its response target (%3).</source>
        <translation>L&apos;objectif de résolution de la priorité %1 (%2) ne peut pas être plus court que son objectif de prise en charge (%3).</translation>
    </message>
</context>
<context>
    <name>SlaPolicyDialog</name>
    <message>
        <source>SLA Policies</source>
        <translation>Politiques de SLA</translation>
    </message>
    <message>
        <source>&amp;New Policy</source>
        <translation>&amp;Nouvelle politique</translation>
    </message>
    <message>
        <source>No SLA policy yet</source>
        <translation>Aucune politique de SLA pour l&apos;instant</translation>
    </message>
    <message>
        <source>A policy commits to response and resolution targets per priority, counted in the business hours of a calendar. Create one, then choose it in the services it covers.</source>
        <translation>Une politique s&apos;engage sur des objectifs de prise en charge et de résolution par priorité, comptés dans les heures ouvrées d&apos;un calendrier. Créez-en une, puis choisissez-la dans les services qu&apos;elle couvre.</translation>
    </message>
    <message>
        <source>The new SLA policy is not saved yet. Save it now?</source>
        <translation>La nouvelle politique de SLA n&apos;est pas encore enregistrée. L&apos;enregistrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>SLA Policies — KaliaOps</source>
        <translation>Politiques de SLA — KaliaOps</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Delete the SLA policy &quot;%1&quot;? Requests already started keep their due dates.</source>
        <translation>Supprimer la politique de SLA «&#xa0;%1&#xa0;»&#xa0;? Les demandes déjà démarrées gardent leurs échéances.</translation>
    </message>
</context>
<context>
    <name>SlaPolicyForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>What the policy commits to, and for which services</source>
        <translation>Ce à quoi la politique s&apos;engage, et pour quels services</translation>
    </message>
    <message>
        <source>The working hours and holidays in which the targets are counted.</source>
        <translation>Les heures ouvrées et jours fériés dans lesquels les objectifs sont comptés.</translation>
    </message>
    <message>
        <source>C&amp;ritical at:</source>
        <translation>C&amp;ritique à&#xa0;:</translation>
    </message>
    <message>
        <source>of each target</source>
        <translation>de chaque objectif</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendrier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Warning at:</source>
        <translation>&amp;Alerte à&#xa0;:</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New SLA policy</source>
        <translation>Nouvelle politique de SLA</translation>
    </message>
</context>
<context>
    <name>SlaPolicyTable</name>
    <message>
        <source>No SLA policy has the number %1.</source>
        <translation>Aucune politique de SLA ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>The calendar of &quot;%1&quot; no longer exists: choose another one.</source>
        <translation>Le calendrier de «&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Another SLA policy is already named &quot;%1&quot;.</source>
        <translation>Une autre politique de SLA s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The SLA policy &quot;%1&quot; cannot be deleted: %n service(s) commit to it (%2). Give them another policy or none first.</source>
        <translation>
            <numerusform>La politique de SLA «&#xa0;%1&#xa0;» ne peut pas être supprimée&#xa0;: %n service s&apos;y engage (%2). Donnez-lui d&apos;abord une autre politique, ou aucune.</numerusform>
            <numerusform>La politique de SLA «&#xa0;%1&#xa0;» ne peut pas être supprimée&#xa0;: %n services s&apos;y engagent (%2). Donnez-leur d&apos;abord une autre politique, ou aucune.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaState</name>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sans objectif</translation>
    </message>
</context>
<context>
    <name>SlaTargetsEditor</name>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Response within</source>
        <translation>Prise en charge sous</translation>
    </message>
    <message>
        <source>Resolution within</source>
        <translation>Résolution sous</translation>
    </message>
    <message>
        <source>Response target of the %1 priority</source>
        <translation>Objectif de prise en charge de la priorité %1</translation>
    </message>
    <message>
        <source>Resolution target of the %1 priority</source>
        <translation>Objectif de résolution de la priorité %1</translation>
    </message>
    <message>
        <source> h</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <source>Business hours of the policy&apos;s calendar; 0.25 is a quarter of an hour.</source>
        <translation>Heures ouvrées du calendrier de la politique&#xa0;; 0,25 est un quart d&apos;heure.</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, puis %2</translation>
    </message>
</context>
<context>
    <name>SlaTimeText</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>never: the calendar has no working time</source>
        <translation>jamais&#xa0;: le calendrier n&apos;a aucun horaire de travail</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 your time</source>
        <translation>%1 — %2 à votre heure</translation>
    </message>
</context>
<context>
    <name>SlaTryItBox</name>
    <message>
        <source>Try It</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>A request of priority</source>
        <translation>Une demande de priorité</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrant le</translation>
    </message>
    <message>
        <source>Response due:</source>
        <translation>Prise en charge avant&#xa0;:</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>Résolution avant&#xa0;:</translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation>heure de %1</translation>
    </message>
    <message>
        <source>Choose a calendar to see the due dates.</source>
        <translation>Choisissez un calendrier pour voir les échéances.</translation>
    </message>
    <message>
        <source>Give the %1 priority targets longer than zero to see its due dates.</source>
        <translation>Donnez à la priorité %1 des objectifs supérieurs à zéro pour voir ses échéances.</translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; cannot count business time: it has no working time or an unknown time zone.</source>
        <translation>Le calendrier «&#xa0;%1&#xa0;» ne peut pas compter le temps ouvré&#xa0;: il n&apos;a aucun horaire de travail ou un fuseau horaire inconnu.</translation>
    </message>
    <message>
        <source>warning at %1 %:</source>
        <translation>alerte à %1&#xa0;%&#xa0;:</translation>
    </message>
    <message>
        <source>critical at %1 %:</source>
        <translation>critique à %1&#xa0;%&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The mail library could not start.</source>
        <translation>La bibliothèque de messagerie n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The mail server %1 answered %2: %3</source>
        <translation>Le serveur de messagerie %1 a répondu %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The mail server %1 could not be reached: %2</source>
        <translation>Le serveur de messagerie %1 est injoignable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SubmissionCheck</name>
    <message numerus="yes">
        <source>%1 (and %n other problem(s) in the form)</source>
        <translation>
            <numerusform>%1 (et %n autre problème dans le formulaire)</numerusform>
            <numerusform>%1 (et %n autres problèmes dans le formulaire)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndeliveredMail</name>
    <message>
        <source>%1 (no e-mail address)</source>
        <translation>%1 (sans adresse électronique)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>UndeliveredMailDialog</name>
    <message>
        <source>Send Again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Undelivered Notifications</source>
        <translation>Notifications non distribuées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Put the selected notifications back in the outbox, once the cause is fixed</source>
        <translation>Remettre les notifications sélectionnées dans la file d&apos;envoi, une fois la cause corrigée</translation>
    </message>
    <message>
        <source>Every notification was delivered or is still being tried.</source>
        <translation>Chaque notification a été distribuée ou est encore en cours d&apos;envoi.</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) back in the outbox: the next pass sends them.</source>
        <translation>
            <numerusform>%n notification remise dans la file d&apos;envoi : le prochain passage l&apos;envoie.</numerusform>
            <numerusform>%n notifications remises dans la file d&apos;envoi : le prochain passage les envoie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekHoursEditor</name>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1&#xa0;h&#xa0;%2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Working hours on %1</source>
        <translation>Heures ouvrées le %1</translation>
    </message>
    <message>
        <source>Ranges of working time such as 08:30–12:00, 13:30–18:00; 24:00 is the end of the day. Empty for a day off.</source>
        <translation>Plages de travail comme 08:30–12:00, 13:30–18:00&#xa0;; 24:00 est la fin de la journée. Vide pour un jour chômé.</translation>
    </message>
    <message>
        <source>Copy &amp;Monday to Weekdays</source>
        <translation>Copier le &amp;lundi sur la semaine</translation>
    </message>
    <message>
        <source>Gives Tuesday to Friday the hours of Monday.</source>
        <translation>Donne au mardi jusqu&apos;au vendredi les horaires du lundi.</translation>
    </message>
    <message>
        <source>On %1, &quot;%2&quot; is not a range of hours: write ranges such as 08:30–12:00, 13:30–18:00, from 00:00 to 24:00.</source>
        <translation>Le %1, «&#xa0;%2&#xa0;» n&apos;est pas une plage horaire&#xa0;: écrivez des plages comme 08:30–12:00, 13:30–18:00, de 00:00 à 24:00.</translation>
    </message>
</context>
<context>
    <name>WorkerCommands</name>
    <message numerus="yes">
        <source>%n escalation(s) raised.</source>
        <translation>
            <numerusform>%n escalade déclenchée.</numerusform>
            <numerusform>%n escalades déclenchées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The worker command is &quot;kaliaops worker&quot; or &quot;kaliaops worker once&quot;.</source>
        <translation>La commande est «&#xa0;kaliaops worker&#xa0;» ou «&#xa0;kaliaops worker once&#xa0;».</translation>
    </message>
    <message>
        <source>Worker running on %1; stop it with Ctrl+C or SIGTERM.</source>
        <translation>Tâches de fond en cours sur %1&#xa0;; arrêtez-les avec Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <source>Worker stopped.</source>
        <translation>Tâches de fond arrêtées.</translation>
    </message>
    <message>
        <source>Mail: %1 sent, %2 to try again, %3 given up.</source>
        <translation>Messages&#xa0;: %1 envoyés, %2 à réessayer, %3 abandonnés.</translation>
    </message>
</context>
<context>
    <name>WorkflowRules</name>
    <message>
        <source>sent for approval</source>
        <translation>envoyée en validation</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>prise en charge</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>%1 is %2: it cannot be %3.</source>
        <translation>%1 est %2&#xa0;: elle ne peut pas être %3.</translation>
    </message>
</context>
<context>
    <name>WorkingRange</name>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <source>Working range %1 needs a day from 1 (Monday) to 7 (Sunday).</source>
        <translation>La plage de travail %1 doit avoir un jour de 1 (lundi) à 7 (dimanche).</translation>
    </message>
    <message>
        <source>Working range %1 needs a start and an end written as HH:mm, from 00:00 to 24:00.</source>
        <translation>La plage de travail %1 doit avoir un début et une fin au format HH:mm, de 00:00 à 24:00.</translation>
    </message>
</context>
</TS>
