#include "DemoServices.h"

namespace {

using Row = DemoData::ServiceRow;
using Choice = DemoData::Choice;
using enum Service::ApproverRule;
using enum Service::DelayUnit;
using namespace Qt::StringLiterals;

// A field shown only when another field's answer equals value.
QJsonObject shownWhen(const QString &field, const QString &value)
{
    return {{u"visibleWhen"_s,
             QJsonObject{{u"field"_s, field}, {u"op"_s, u"equals"_s}, {u"value"_s, value}}}};
}

const QJsonObject notInPast = {{u"notInPast"_s, true}};
const QJsonObject asRadioButtons = {{u"display"_s, u"radio"_s}};

// clang-format off
const QList<Choice> businessApplications = {
    {u"erp", {u"ERP (finance and purchasing)", u"ERP (finance et achats)"}},
    {u"crm", {u"CRM (customers and sales)", u"CRM (clients et ventes)"}},
    {u"hr", {u"HR portal", u"Portail RH"}},
};

const QList<Row> accessServices = {
    {.key = u"password-reset", .categoryKey = u"accounts",
     .name = {u"Password reset", u"Réinitialisation de mot de passe"},
     .description = {u"Get a temporary password when you have forgotten yours or your account is "
                     u"locked. You choose a new one at your next sign-in.",
                     u"Recevez un mot de passe provisoire si vous avez oublié le vôtre ou si votre "
                     u"compte est bloqué. Vous en choisirez un nouveau à la prochaine connexion."},
     .keywords = {u"password, forgotten, locked, sign-in, login",
                  u"mot de passe, oubli, bloqué, connexion, identifiant"},
     .icon = u"key", .teamKey = u"service-desk", .delayAmount = 2, .delayUnit = Hours,
     .fields = {{u"account", u"choice", {u"Account", u"Compte"}, true,
                 {{u"windows", {u"Windows session", u"Session Windows"}},
                  {u"mail", {u"E-mail", u"Messagerie"}},
                  {u"application", {u"Business application", u"Application métier"}}}},
                {u"application", u"choice", {u"Which application?", u"Quelle application ?"},
                 true, businessApplications, {},
                 shownWhen(u"account"_s, u"application"_s)},
                {u"phone", u"text", {u"Phone number where we can call you back",
                                     u"Numéro de téléphone où vous rappeler"}, true, {},
                 {u"Your e-mail may be out of reach while your password is locked.",
                  u"Votre messagerie est peut-être inaccessible tant que le mot de passe est "
                  u"bloqué."},
                 {{u"pattern"_s, u"[+0-9 .()-]{6,20}"_s}},
                 {u"Enter a phone number: digits, spaces and + only.",
                  u"Saisissez un numéro de téléphone : chiffres, espaces et + seulement."}}}},

    {.key = u"new-account", .categoryKey = u"accounts",
     .name = {u"New user account", u"Création de compte utilisateur"},
     .description = {u"Create the accounts a newcomer needs on the first day: network session, "
                     u"e-mail and the team's shared folders.",
                     u"Créez les comptes dont un nouvel arrivant a besoin dès le premier jour : "
                     u"session réseau, messagerie et dossiers partagés de l'équipe."},
     .keywords = {u"newcomer, arrival, onboarding, account, e-mail",
                  u"nouvel arrivant, arrivée, intégration, compte, messagerie"},
     .icon = u"account", .requiresApproval = true, .teamKey = u"service-desk",
     .delayAmount = 2, .delayUnit = Days,
     .fields = {{u"full_name", u"text", {u"Newcomer's full name",
                                         u"Nom complet du nouvel arrivant"}, true},
                {u"start_date", u"date", {u"First day", u"Date d'arrivée"}, true, {},
                 {u"Accounts take two days to prepare.",
                  u"La préparation des comptes prend deux jours."},
                 {{u"minDaysAhead"_s, 2}}},
                {u"job", u"text", {u"Job title and department", u"Poste et service"}, false}}},

    {.key = u"shared-mailbox", .categoryKey = u"accounts",
     .name = {u"Shared mailbox", u"Boîte aux lettres partagée"},
     .description = {u"A mailbox shared by a team, such as a contact or support address. Tell us "
                     u"who must read it and send from it.",
                     u"Une boîte aux lettres commune à une équipe, comme une adresse de contact ou "
                     u"de support. Indiquez qui doit la consulter et envoyer depuis celle-ci."},
     .keywords = {u"mailbox, e-mail, shared, address, team",
                  u"boîte aux lettres, messagerie, partagée, adresse, équipe"},
     .icon = u"mail", .requiresApproval = true, .teamKey = u"service-desk",
     .delayAmount = 2, .delayUnit = Days,
     .fields = {{u"address", u"text", {u"Wanted address", u"Adresse souhaitée"}, true},
                {u"members", u"multiline", {u"People who need access",
                                            u"Personnes qui doivent y accéder"}, true}}},

    {.key = u"vpn-access", .categoryKey = u"remote-access",
     .name = {u"VPN access", u"Accès VPN"},
     .description = {u"Work from home or on the road through a secure connection to the company "
                     u"network. Your manager approves the request.",
                     u"Travaillez depuis chez vous ou en déplacement grâce à une connexion "
                     u"sécurisée au réseau de l'entreprise. Votre responsable valide la demande."},
     .keywords = {u"VPN, remote work, home, travel, network",
                  u"VPN, télétravail, domicile, déplacement, réseau"},
     .icon = u"vpn", .requiresApproval = true, .teamKey = u"infrastructure",
     .delayAmount = 1, .delayUnit = Days,
     .fields = {{u"reason", u"choice", {u"Reason", u"Motif"}, true,
                 {{u"home", {u"Working from home", u"Télétravail"}},
                  {u"travel", {u"Business travel", u"Déplacements professionnels"}},
                  {u"on_call", {u"On-call duty", u"Astreintes"}},
                  {u"other", {u"Other", u"Autre"}}}},
                {u"reason_details", u"multiline", {u"Tell us more", u"Précisez"}, true, {}, {},
                 shownWhen(u"reason"_s, u"other"_s)},
                {u"duration", u"choice", {u"For how long?", u"Pour combien de temps ?"}, true,
                 {{u"1m", {u"One month", u"Un mois"}},
                  {u"3m", {u"Three months", u"Trois mois"}},
                  {u"1y", {u"One year", u"Un an"}},
                  {u"permanent", {u"Permanently", u"Sans limite"}}},
                 {}, asRadioButtons},
                {u"manager_note", u"multiline", {u"Note for your manager",
                                                 u"Note pour votre responsable"}, false, {},
                 {u"Your manager reads it before approving.",
                  u"Votre responsable la lit avant de valider la demande."}}}},

    {.key = u"guest-wifi", .categoryKey = u"remote-access",
     .name = {u"Guest Wi-Fi access", u"Accès Wi-Fi invité"},
     .description = {u"A Wi-Fi code for a visitor, valid for the days of the visit. Guests reach "
                     u"the Internet only, never the internal network.",
                     u"Un code Wi-Fi pour un visiteur, valable pendant sa visite. Les invités "
                     u"accèdent seulement à Internet, jamais au réseau interne."},
     .keywords = {u"Wi-Fi, guest, visitor, Internet, code",
                  u"Wi-Fi, invité, visiteur, Internet, code"},
     .icon = u"wifi", .teamKey = u"service-desk", .delayAmount = 4, .delayUnit = Hours,
     .fields = {{u"guest", u"text", {u"Visitor's name and company", u"Nom et société du visiteur"},
                 true},
                {u"visit_date", u"date", {u"Day of the visit", u"Date de la visite"}, true}}},

    {.key = u"permission-change", .categoryKey = u"permissions",
     .name = {u"Application permission change", u"Modification de droits applicatifs"},
     .description = {u"Get a new role or wider rights in an application you already use, such as "
                     u"approving invoices in the ERP. The owner of the business applications "
                     u"approves.",
                     u"Obtenez un nouveau rôle ou des droits étendus dans une application que vous "
                     u"utilisez déjà, par exemple valider des factures dans l'ERP. La "
                     u"responsable des applications métier valide la demande."},
     .keywords = {u"permission, rights, role, access, ERP, CRM",
                  u"droits, habilitation, rôle, accès, ERP, CRM"},
     .icon = u"badge", .requiresApproval = true, .approverRule = Designated,
     .designatedApproverLogin = u"imoreau", .teamKey = u"service-desk",
     .delayAmount = 1, .delayUnit = Days,
     .fields = {{u"application", u"choice", {u"Application", u"Application"}, true,
                 businessApplications},
                {u"rights", u"multiline", {u"Rights you need, and why", u"Droits souhaités, et "
                                                                       u"pourquoi"}, true}}},
};

const QList<Row> equipmentServices = {
    {.key = u"new-computer", .categoryKey = u"workstation",
     .name = {u"New computer", u"Nouvel ordinateur"},
     .description = {u"A laptop or desktop PC, prepared with your applications and delivered to "
                     u"your desk. Your manager approves the purchase.",
                     u"Un ordinateur portable ou fixe, préparé avec vos applications et livré à "
                     u"votre bureau. Votre responsable valide l'achat."},
     .keywords = {u"PC, laptop, desktop, computer, workstation",
                  u"PC, portable, fixe, ordinateur, poste de travail"},
     .icon = u"laptop", .requiresApproval = true, .teamKey = u"service-desk",
     .delayAmount = 10, .delayUnit = Days,
     .fields = {{u"model", u"choice", {u"Model", u"Modèle"}, true,
                 {{u"laptop", {u"Laptop (14\", docking station)",
                               u"Ordinateur portable (14\", station d'accueil)"}},
                  {u"desktop", {u"Desktop PC", u"PC fixe"}},
                  {u"workstation", {u"Workstation for 3D and video",
                                    u"Station de travail pour la 3D et la vidéo"}}},
                 {}, asRadioButtons},
                {u"screen", u"yesno", {u"Add a 27\" screen", u"Ajouter un écran 27\""}, false,
                 {}, {}, shownWhen(u"model"_s, u"desktop"_s)},
                {u"reason", u"choice", {u"Reason", u"Motif"}, true,
                 {{u"newcomer", {u"For a newcomer", u"Pour un nouvel arrivant"}},
                  {u"replacement", {u"Replacement of an old computer",
                                    u"Remplacement d'un ancien ordinateur"}}}},
                {u"justification", u"multiline", {u"Justification", u"Justification"}, true, {},
                 {u"What the computer is for, and why now.",
                  u"À quoi servira l'ordinateur, et pourquoi maintenant."},
                 {{u"minLength"_s, 20}}},
                {u"desired_date", u"date", {u"Desired date", u"Date souhaitée"}, false, {}, {},
                 notInPast},
                {u"details", u"multiline", {u"Anything we should know (software, accessories)",
                                            u"Précisions utiles (logiciels, accessoires)"},
                 false}}},

    {.key = u"computer-repair", .categoryKey = u"workstation",
     .name = {u"Computer repair", u"Dépannage du poste de travail"},
     .description = {u"Your computer is slow, will not start or shows errors. A technician calls "
                     u"you back and fixes it, remotely when possible.",
                     u"Votre ordinateur est lent, ne démarre plus ou affiche des erreurs. Un "
                     u"technicien vous rappelle et le répare, à distance si possible."},
     .keywords = {u"repair, broken, slow, crash, error",
                  u"panne, dépannage, lent, plantage, erreur"},
     .icon = u"tools", .teamKey = u"service-desk", .delayAmount = 1, .delayUnit = Days,
     .fields = {{u"problem", u"multiline", {u"What happens?", u"Que se passe-t-il ?"}, true},
                {u"can_work", u"yesno", {u"Can you still work?",
                                         u"Pouvez-vous encore travailler ?"}, false}},
     .standardSla = true},

    {.key = u"extra-screen", .categoryKey = u"peripherals",
     .name = {u"Extra screen", u"Écran supplémentaire"},
     .description = {u"A second screen for your desk, delivered with its cable and stand.",
                     u"Un second écran pour votre bureau, livré avec son câble et son pied."},
     .keywords = {u"screen, monitor, display, second screen",
                  u"écran, moniteur, affichage, double écran"},
     .icon = u"screen", .teamKey = u"service-desk", .delayAmount = 3, .delayUnit = Days,
     .fields = {{u"size", u"choice", {u"Size", u"Taille"}, true,
                 {{u"24", {u"24 inches", u"24 pouces"}}, {u"27", {u"27 inches", u"27 pouces"}}}},
                {u"desk", u"text", {u"Office or desk number", u"Bureau ou numéro de poste"},
                 true}}},

    {.key = u"keyboard-mouse", .categoryKey = u"peripherals",
     .name = {u"Keyboard and mouse", u"Clavier et souris"},
     .description = {u"A new keyboard and mouse, to replace worn ones or to work more "
                     u"comfortably.",
                     u"Un nouveau clavier et une nouvelle souris, pour remplacer du matériel usé "
                     u"ou travailler plus confortablement."},
     .keywords = {u"keyboard, mouse, wireless, ergonomic",
                  u"clavier, souris, sans fil, ergonomique"},
     .icon = u"mouse", .teamKey = u"service-desk", .delayAmount = 1, .delayUnit = Days,
     .fields = {{u"layout", u"choice", {u"Keyboard layout", u"Disposition du clavier"}, true,
                 {{u"azerty", {u"French (AZERTY)", u"Français (AZERTY)"}},
                  {u"qwerty", {u"English (QWERTY)", u"Anglais (QWERTY)"}}}},
                {u"wireless", u"yesno", {u"Wireless", u"Sans fil"}, false}}},

    {.key = u"printer", .categoryKey = u"peripherals",
     .name = {u"Printer installation", u"Installation d'une imprimante"},
     .description = {u"Add a network printer to your computer, so that you can print from any "
                     u"application.",
                     u"Ajoutez une imprimante réseau à votre ordinateur pour imprimer depuis "
                     u"n'importe quelle application."},
     .keywords = {u"printer, print, scanner, copier",
                  u"imprimante, impression, scanner, copieur"},
     .icon = u"printer", .teamKey = u"service-desk", .delayAmount = 4, .delayUnit = Hours,
     .fields = {{u"printer", u"text", {u"Printer name or location",
                                       u"Nom ou emplacement de l'imprimante"}, true}}},

    {.key = u"mobile-phone", .categoryKey = u"telephony",
     .name = {u"Mobile phone and line", u"Téléphone mobile et ligne"},
     .description = {u"A company smartphone with its line and data plan, set up with your e-mail "
                     u"and calendar. Your manager approves.",
                     u"Un smartphone professionnel avec sa ligne et son forfait, configuré avec "
                     u"votre messagerie et votre agenda. Votre responsable valide la demande."},
     .keywords = {u"mobile, smartphone, phone, line, SIM",
                  u"mobile, smartphone, téléphone, ligne, carte SIM"},
     .icon = u"mobile", .requiresApproval = true, .teamKey = u"service-desk",
     .delayAmount = 5, .delayUnit = Days,
     .fields = {{u"justification", u"multiline", {u"Why do you need a mobile phone?",
                                                  u"Pourquoi avez-vous besoin d'un téléphone "
                                                  u"mobile ?"}, true},
                {u"abroad", u"yesno", {u"Do you travel abroad?", u"Voyagez-vous à l'étranger ?"},
                 false}}},

    {.key = u"headset", .categoryKey = u"telephony",
     .name = {u"Headset", u"Casque audio"},
     .description = {u"A headset with a microphone, for calls and video meetings on your "
                     u"computer.",
                     u"Un casque avec micro, pour les appels et les visioconférences sur votre "
                     u"ordinateur."},
     .keywords = {u"headset, headphones, microphone, calls, video meeting",
                  u"casque, écouteurs, micro, appels, visioconférence"},
     .icon = u"headset", .teamKey = u"service-desk", .delayAmount = 2, .delayUnit = Days,
     .fields = {{u"connection", u"choice", {u"Connection", u"Connexion"}, true,
                 {{u"usb", {u"Wired (USB)", u"Filaire (USB)"}},
                  {u"bluetooth", {u"Wireless (Bluetooth)", u"Sans fil (Bluetooth)"}}}}}},
};

const QList<Row> softwareServices = {
    {.key = u"office-suite", .categoryKey = u"office",
     .name = {u"Office suite installation", u"Installation de la suite bureautique"},
     .description = {u"Word processing, spreadsheet and presentation software installed on your "
                     u"computer, with your licence.",
                     u"Traitement de texte, tableur et logiciel de présentation installés sur "
                     u"votre ordinateur, avec votre licence."},
     .keywords = {u"office, word processor, spreadsheet, presentation, licence",
                  u"bureautique, traitement de texte, tableur, présentation, licence"},
     .icon = u"spreadsheet", .teamKey = u"service-desk", .delayAmount = 4, .delayUnit = Hours,
     .fields = {{u"computer", u"text", {u"Computer name (on the label underneath)",
                                        u"Nom de l'ordinateur (sur l'étiquette en dessous)"},
                 true}}},

    {.key = u"application-access", .categoryKey = u"business-applications",
     .name = {u"Business application access", u"Accès à une application métier"},
     .description = {u"An account in one of the company's business applications, with the role "
                     u"your job needs. Your manager approves.",
                     u"Un compte dans une application métier de l'entreprise, avec le rôle dont "
                     u"votre poste a besoin. Votre responsable valide la demande."},
     .keywords = {u"application, access, account, ERP, CRM, HR",
                  u"application, accès, compte, ERP, CRM, RH"},
     .icon = u"application", .requiresApproval = true, .teamKey = u"service-desk",
     .delayAmount = 2, .delayUnit = Days,
     .fields = {{u"application", u"choice", {u"Application", u"Application"}, true,
                 businessApplications},
                {u"role", u"text", {u"Role or profile needed", u"Rôle ou profil souhaité"},
                 false}}},

    {.key = u"training", .categoryKey = u"business-applications",
     .name = {u"Training on a business application", u"Formation à une application métier"},
     .description = {u"A half-day session with a trainer to learn a business application, alone "
                     u"or with your team. Your manager approves the time spent.",
                     u"Une demi-journée avec un formateur pour apprendre une application métier, "
                     u"seul ou avec votre équipe. Votre responsable valide le temps passé."},
     .keywords = {u"training, course, learn, session",
                  u"formation, cours, apprendre, session"},
     .icon = u"training", .requiresApproval = true, .teamKey = u"service-desk",
     .delayAmount = 10, .delayUnit = Days,
     .fields = {{u"application", u"choice", {u"Application", u"Application"}, true,
                 businessApplications},
                {u"preferred_date", u"date", {u"Preferred date", u"Date souhaitée"}, false, {},
                 {}, notInPast}}},
};

const QList<Row> infrastructureServices = {
    {.key = u"new-virtual-server", .categoryKey = u"virtual-servers",
     .name = {u"New virtual server", u"Nouveau serveur virtuel"},
     .description = {u"A virtual machine on the company's infrastructure, backed up and "
                     u"monitored. The infrastructure lead approves the resources.",
                     u"Une machine virtuelle sur l'infrastructure de l'entreprise, sauvegardée et "
                     u"supervisée. Le responsable de l'infrastructure valide les ressources."},
     .keywords = {u"VM, virtual machine, server, Linux, Windows",
                  u"VM, machine virtuelle, serveur, Linux, Windows"},
     .icon = u"virtual-machine", .requiresApproval = true, .approverRule = Designated,
     .designatedApproverLogin = u"tgirard", .teamKey = u"infrastructure",
     .delayAmount = 3, .delayUnit = Days,
     .fields = {{u"system", u"choice", {u"Operating system", u"Système d'exploitation"}, true,
                 {{u"linux", {u"Linux", u"Linux"}},
                  {u"windows", {u"Windows Server", u"Windows Server"}}}},
                {u"size", u"choice", {u"Size", u"Taille"}, true,
                 {{u"small", {u"Small: 2 processors, 4 GB", u"Petit : 2 processeurs, 4 Go"}},
                  {u"medium", {u"Medium: 4 processors, 16 GB", u"Moyen : 4 processeurs, 16 Go"}},
                  {u"large", {u"Large: 8 processors, 32 GB", u"Grand : 8 processeurs, 32 Go"}}}},
                {u"purpose", u"multiline", {u"What will it run?", u"À quoi servira-t-il ?"},
                 true}}},

    {.key = u"new-database", .categoryKey = u"virtual-servers",
     .name = {u"New database", u"Nouvelle base de données"},
     .description = {u"A managed database for an application, backed up every night.",
                     u"Une base de données gérée pour une application, sauvegardée chaque nuit."},
     .keywords = {u"database, SQL, PostgreSQL, SQL Server",
                  u"base de données, SQL, PostgreSQL, SQL Server"},
     .icon = u"database", .requiresApproval = true, .approverRule = Designated,
     .designatedApproverLogin = u"tgirard", .teamKey = u"infrastructure",
     .delayAmount = 2, .delayUnit = Days,
     .fields = {{u"engine", u"choice", {u"Database engine", u"Moteur de base de données"}, true,
                 {{u"postgresql", {u"PostgreSQL", u"PostgreSQL"}},
                  {u"sqlserver", {u"SQL Server", u"SQL Server"}}}},
                {u"application", u"text", {u"Application that will use it",
                                           u"Application qui l'utilisera"}, true}}},

    {.key = u"disk-space", .categoryKey = u"storage",
     .name = {u"Extra disk space", u"Espace disque supplémentaire"},
     .description = {u"More space on a server disk or on your team's shared drive when it is "
                     u"nearly full.",
                     u"Plus d'espace sur un disque de serveur ou sur le lecteur partagé de votre "
                     u"équipe lorsqu'il est presque plein."},
     .keywords = {u"disk, space, storage, quota, full",
                  u"disque, espace, stockage, quota, plein"},
     .icon = u"disk", .teamKey = u"infrastructure", .delayAmount = 1, .delayUnit = Days,
     .fields = {{u"target", u"text", {u"Server or shared drive", u"Serveur ou lecteur partagé"},
                 true},
                {u"amount", u"choice", {u"Extra space", u"Espace supplémentaire"}, true,
                 {{u"50", {u"50 GB", u"50 Go"}}, {u"100", {u"100 GB", u"100 Go"}},
                  {u"500", {u"500 GB", u"500 Go"}}}}},
     .standardSla = true},

    {.key = u"shared-folder", .categoryKey = u"storage",
     .name = {u"New shared folder", u"Nouveau dossier partagé"},
     .description = {u"A folder on the file server for a team or a project, with the access "
                     u"rights you choose. Your manager approves.",
                     u"Un dossier sur le serveur de fichiers pour une équipe ou un projet, avec "
                     u"les droits d'accès que vous choisissez. Votre responsable valide la "
                     u"demande."},
     .keywords = {u"folder, share, files, network drive",
                  u"dossier, partage, fichiers, lecteur réseau"},
     .icon = u"folder", .requiresApproval = true, .teamKey = u"infrastructure",
     .delayAmount = 2, .delayUnit = Days,
     .fields = {{u"name", u"text", {u"Folder name", u"Nom du dossier"}, true},
                {u"members", u"multiline", {u"Who may read and modify it",
                                            u"Qui peut le lire et le modifier"}, true}}},
};
// clang-format on

} // namespace

const QList<DemoData::ServiceRow> &DemoServices::rows()
{
    static const QList<DemoData::ServiceRow> all =
        accessServices + equipmentServices + softwareServices + infrastructureServices;
    return all;
}
