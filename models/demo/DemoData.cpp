#include "DemoData.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

DemoData::Language DemoData::languageFor(const QString &code)
{
    const QString base = code.section(u'_', 0, 0).section(u'-', 0, 0);
    return base.compare(u"fr"_s, Qt::CaseInsensitive) == 0 ? Language::French : Language::English;
}

QString DemoData::languageCode(Language language)
{
    return language == Language::French ? u"fr"_s : u"en"_s;
}

QString DemoData::Text::in(Language language) const
{
    return (language == Language::French ? french : english).toString();
}

QJsonObject DemoData::ServiceRow::formSchema(Language language) const
{
    QJsonArray fieldArray;
    for (const Field &field : fields) {
        QJsonObject object{{u"key"_s, field.key.toString()},
                           {u"type"_s, field.type.toString()},
                           {u"label"_s, field.label.in(language)},
                           {u"required"_s, field.required}};
        if (const QString help = field.help.in(language); !help.isEmpty())
            object.insert(u"help"_s, help);
        if (const QString message = field.patternMessage.in(language); !message.isEmpty())
            object.insert(u"patternMessage"_s, message);
        for (auto member = field.extra.begin(); member != field.extra.end(); ++member)
            object.insert(member.key(), member.value());
        if (!field.choices.isEmpty()) {
            QJsonArray choiceArray;
            for (const Choice &choice : field.choices)
                choiceArray.append(QJsonObject{{u"value"_s, choice.value.toString()},
                                               {u"label"_s, choice.label.in(language)}});
            object.insert(u"choices"_s, choiceArray);
        }
        fieldArray.append(object);
    }
    return QJsonObject{{u"fields"_s, fieldArray}};
}

// clang-format off
const QList<DemoData::CategoryRow> &DemoData::categories()
{
    // key, parent key, name, description, icon
    static const QList<CategoryRow> rows = {
        {u"access", {},
         {u"Access & identity", u"Accès et identités"},
         {u"Accounts, passwords, remote access and permissions in the company's applications.",
          u"Comptes, mots de passe, accès à distance et droits dans les applications de "
          u"l'entreprise."},
         u"security"},
        {u"accounts", u"access",
         {u"Accounts and passwords", u"Comptes et mots de passe"},
         {u"Create an account for a newcomer, or get back into an account you are locked out of.",
          u"Créer le compte d'un nouvel arrivant, ou retrouver l'accès à un compte bloqué."},
         u"account"},
        {u"remote-access", u"access",
         {u"VPN and remote access", u"VPN et accès à distance"},
         {u"Reach the company network from home, on the road or as a visitor.",
          u"Accéder au réseau de l'entreprise depuis chez soi, en déplacement ou en tant que "
          u"visiteur."},
         u"vpn"},
        {u"permissions", u"access",
         {u"Application permissions", u"Droits applicatifs"},
         {u"Change what you may see and do in the applications you already use.",
          u"Modifier ce que vous pouvez voir et faire dans les applications que vous utilisez "
          u"déjà."},
         u"lock"},

        {u"equipment", {},
         {u"Equipment", u"Matériel"},
         {u"Computers, screens, peripherals and phones, delivered and set up by the service desk.",
          u"Ordinateurs, écrans, périphériques et téléphones, livrés et installés par le centre "
          u"de services."},
         u"laptop"},
        {u"workstation", u"equipment",
         {u"Workstation", u"Poste de travail"},
         {u"Your computer: a new one when it is due, a repair when it fails.",
          u"Votre ordinateur : un neuf quand il est temps, un dépannage quand il tombe en panne."},
         u"desktop"},
        {u"peripherals", u"equipment",
         {u"Peripherals", u"Périphériques"},
         {u"Screens, keyboards, mice and printers for your desk.",
          u"Écrans, claviers, souris et imprimantes pour votre bureau."},
         u"keyboard"},
        {u"telephony", u"equipment",
         {u"Telephony", u"Téléphonie"},
         {u"Mobile phones, lines and headsets for calls and video meetings.",
          u"Téléphones mobiles, lignes et casques pour les appels et les visioconférences."},
         u"phone"},

        {u"software", {},
         {u"Software", u"Logiciels"},
         {u"Office tools and business applications, installed and opened for you.",
          u"Outils bureautiques et applications métier, installés et ouverts pour vous."},
         u"package"},
        {u"office", u"software",
         {u"Office suite", u"Suite bureautique"},
         {u"Word processing, spreadsheets and presentations on your computer.",
          u"Traitement de texte, tableur et présentations sur votre ordinateur."},
         u"document"},
        {u"business-applications", u"software",
         {u"Business applications", u"Applications métier"},
         {u"Access to the company's business applications, and training to use them well.",
          u"Accès aux applications métier de l'entreprise, et formations pour bien les utiliser."},
         u"application"},

        {u"infrastructure", {},
         {u"Infrastructure", u"Infrastructure"},
         {u"Servers, databases and storage for projects and teams, run by the infrastructure "
          u"team.",
          u"Serveurs, bases de données et stockage pour les projets et les équipes, gérés par "
          u"l'équipe infrastructure."},
         u"server"},
        {u"virtual-servers", u"infrastructure",
         {u"Virtual servers", u"Serveurs virtuels"},
         {u"Virtual machines and databases for applications, tests and projects.",
          u"Machines virtuelles et bases de données pour les applications, les tests et les "
          u"projets."},
         u"virtual-machine"},
        {u"storage", u"infrastructure",
         {u"Storage", u"Stockage"},
         {u"Disk space and shared folders on the company's file servers.",
          u"Espace disque et dossiers partagés sur les serveurs de fichiers de l'entreprise."},
         u"disk"},
    };
    return rows;
}

const QList<DemoData::TeamRow> &DemoData::teams()
{
    // key, name, lead's login
    static const QList<TeamRow> rows = {
        {u"service-desk", {u"Service desk", u"Centre de services"}, u"jmarchand"},
        {u"infrastructure", {u"Infrastructure", u"Infrastructure"}, u"tgirard"},
    };
    return rows;
}

const QList<DemoData::PersonRow> &DemoData::people()
{
    using enum Person::Role;
    // login, display name, e-mail, roles, team, manager's login
    static const QList<PersonRow> rows = {
        {u"cfontaine", u"Claire Fontaine", u"claire.fontaine@example.com",
         CatalogAdmin | Requester, {}, {}},
        {u"jmarchand", u"Julien Marchand", u"julien.marchand@example.com",
         Technician | Approver | Requester, u"service-desk", {}},
        {u"slambert", u"Sophie Lambert", u"sophie.lambert@example.com",
         Technician | Requester, u"service-desk", u"jmarchand"},
        {u"tgirard", u"Thomas Girard", u"thomas.girard@example.com",
         Technician | Approver | Requester, u"infrastructure", {}},
        {u"nbenali", u"Nadia Benali", u"nadia.benali@example.com",
         Technician | Requester, u"infrastructure", u"tgirard"},
        {u"imoreau", u"Isabelle Moreau", u"isabelle.moreau@example.com",
         Approver | Requester, {}, {}},
        {u"mdubois", u"Marc Dubois", u"marc.dubois@example.com",
         Approver | Requester, {}, {}},
        {u"lmartin", u"Léa Martin", u"lea.martin@example.com", Requester, {}, u"imoreau"},
        {u"hbernard", u"Hugo Bernard", u"hugo.bernard@example.com", Requester, {}, u"imoreau"},
        {u"cpetit", u"Camille Petit", u"camille.petit@example.com", Requester, {}, u"mdubois"},
        {u"aroux", u"Antoine Roux", u"antoine.roux@example.com", Requester, {}, u"mdubois"},
        // A contractor without a manager: approvals fall back on the service's
        // designated approver, then on the catalog administrators.
        {u"eleroy", u"Émilie Leroy", u"emilie.leroy@example.com", Requester, {}, {}},
    };
    return rows;
}
// clang-format on
