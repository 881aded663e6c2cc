// SPDX-License-Identifier: MIT
#include "sandbox/TenantNames.h"

#include "sandbox/SandboxTenant.h"

using namespace Qt::Literals::StringLiterals;

namespace TenantNames {

namespace {

Pool makePool(const QStringList &names)
{
    Pool pool;
    pool.names = names;
    pool.folded.reserve(names.size());
    for (const QString &name : names)
        pool.folded.append(foldForAddress(name));
    return pool;
}

} // namespace

QString foldForAddress(const QString &name)
{
    // NFKD splits å into a + ring, so dropping the marks leaves plain ASCII letters.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u' ')
            folded.append(u'-');
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
            folded.append(c);
    }
    return folded;
}

const Pool &swedishFemale()
{
    static const Pool pool = makePool({
        u"Anna"_s, u"Eva"_s, u"Maria"_s, u"Karin"_s, u"Kristina"_s, u"Lena"_s, u"Sara"_s, u"Emma"_s,
        u"Ingrid"_s, u"Malin"_s, u"Linnéa"_s, u"Åsa"_s, u"Märta"_s, u"Agnes"_s, u"Astrid"_s, u"Elin"_s,
        u"Frida"_s, u"Hanna"_s, u"Ida"_s, u"Johanna"_s, u"Klara"_s, u"Lovisa"_s, u"Maja"_s, u"Saga"_s,
        u"Sofia"_s, u"Stina"_s, u"Tove"_s, u"Ulrika"_s, u"Vera"_s, u"Wilma"_s, u"Ebba"_s, u"Selma"_s,
        u"Gunilla"_s, u"Birgitta"_s, u"Märit"_s, u"Britt-Marie"_s,
    });
    return pool;
}

const Pool &swedishMale()
{
    static const Pool pool = makePool({
        u"Lars"_s, u"Anders"_s, u"Johan"_s, u"Per"_s, u"Erik"_s, u"Karl"_s, u"Nils"_s, u"Mikael"_s,
        u"Björn"_s, u"Göran"_s, u"Håkan"_s, u"Jörgen"_s, u"Måns"_s, u"Ola"_s, u"Olof"_s, u"Axel"_s,
        u"Gustav"_s, u"Hugo"_s, u"Isak"_s, u"Jonas"_s, u"Linus"_s, u"Magnus"_s, u"Oskar"_s, u"Rasmus"_s,
        u"Sixten"_s, u"Stefan"_s, u"Sören"_s, u"Tage"_s, u"Ture"_s, u"Viktor"_s, u"Åke"_s, u"Östen"_s,
        u"Bengt"_s, u"Jan-Erik"_s,
    });
    return pool;
}

const Pool &englishFemale()
{
    static const Pool pool = makePool({
        u"Olivia"_s, u"Emily"_s, u"Charlotte"_s, u"Grace"_s, u"Hannah"_s, u"Jessica"_s, u"Laura"_s,
        u"Lucy"_s, u"Megan"_s, u"Rachel"_s, u"Sarah"_s, u"Sophie"_s, u"Zoë"_s, u"Chloé"_s,
    });
    return pool;
}

const Pool &englishMale()
{
    static const Pool pool = makePool({
        u"James"_s, u"Oliver"_s, u"Thomas"_s, u"William"_s, u"Daniel"_s, u"George"_s, u"Harry"_s,
        u"Jack"_s, u"Matthew"_s, u"Michael"_s, u"Noah"_s, u"Samuel"_s, u"Ryan"_s, u"Ethan"_s,
    });
    return pool;
}

const Pool &swedishSurnames()
{
    static const Pool pool = makePool({
        u"Andersson"_s, u"Johansson"_s, u"Karlsson"_s, u"Nilsson"_s, u"Eriksson"_s, u"Larsson"_s,
        u"Olsson"_s, u"Persson"_s, u"Svensson"_s, u"Gustafsson"_s, u"Pettersson"_s, u"Jonsson"_s,
        u"Lindström"_s, u"Lindqvist"_s, u"Åberg"_s, u"Öberg"_s, u"Bäckström"_s, u"Ekström"_s,
        u"Forsberg"_s, u"Hägglund"_s, u"Holmström"_s, u"Lundgren"_s, u"Löfgren"_s, u"Mårtensson"_s,
        u"Nyström"_s, u"Sjöberg"_s, u"Sundström"_s, u"Wallin"_s, u"Åkesson"_s, u"Öhman"_s,
        u"Engström"_s, u"Näslund"_s, u"Strömberg"_s, u"Björklund"_s, u"Dahlgren"_s, u"Hedlund"_s,
        u"Berglund"_s, u"Söderberg"_s, u"Fält"_s, u"Göransson"_s,
    });
    return pool;
}

const Pool &englishSurnames()
{
    static const Pool pool = makePool({
        u"Smith"_s, u"Jones"_s, u"Taylor"_s, u"Brown"_s, u"Williams"_s, u"Wilson"_s, u"Johnson"_s,
        u"Davies"_s, u"Evans"_s, u"Thomas"_s, u"Roberts"_s, u"Walker"_s, u"Wright"_s, u"Clarke"_s,
        u"O'Brien"_s, u"Hughes"_s,
    });
    return pool;
}

const QStringList &externalDomains()
{
    static const QStringList domains{u"gmail.com"_s, u"outlook.com"_s, u"konsultbolaget.se"_s,
                                     u"revisorerna.se"_s, u"northwind.co.uk"_s};
    return domains;
}

const QStringList &privateMailDomains()
{
    static const QStringList domains{u"gmail.com"_s, u"hotmail.com"_s, u"outlook.com"_s, u"telia.com"_s,
                                     u"icloud.com"_s};
    return domains;
}

const QStringList &jobTitles()
{
    static const QStringList titles{
        u"Snickare"_s,      u"Projektledare"_s, u"Ekonom"_s,          u"Säljare"_s,       u"Arbetsledare"_s,
        u"Lagerarbetare"_s, u"Kalkylator"_s,    u"Inköpare"_s,        u"Receptionist"_s,  u"Elektriker"_s,
        u"Målare"_s,        u"Platschef"_s,     u"Löneadministratör"_s, u"Site Manager"_s, u"Sales Manager"_s,
        u"Accountant"_s,
    };
    return titles;
}

const QStringList &offices()
{
    static const QStringList offices{u"Göteborg"_s, u"Borås"_s, u"Alingsås"_s, u"Kungälv"_s, u"Malmö"_s,
                                     u"Växjö"_s};
    return offices;
}

const QStringList &occasionalRoles()
{
    static const QStringList roles{SandboxRoles::HelpdeskAdministrator, SandboxRoles::PasswordAdministrator,
                                   SandboxRoles::UserAdministrator, SandboxRoles::ReportsReader};
    return roles;
}

} // namespace TenantNames
