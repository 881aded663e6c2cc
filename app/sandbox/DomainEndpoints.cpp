// SPDX-License-Identifier: MIT
#include "sandbox/DomainEndpoints.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxPermissions.h"
#include "sandbox/SandboxRouter.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList &readScopes()
{
    static const QStringList scopes{u"Domain.Read.All"_s,         u"Domain.ReadWrite.All"_s,
                                    u"Directory.Read.All"_s,      u"Directory.ReadWrite.All"_s,
                                    u"Directory.AccessAsUser.All"_s};
    return scopes;
}

const QStringList &writeScopes()
{
    static const QStringList scopes{u"Domain.ReadWrite.All"_s, u"Directory.AccessAsUser.All"_s};
    return scopes;
}

const QStringList &organizationScopes()
{
    static const QStringList scopes{u"User.Read"_s,          u"User.ReadWrite"_s,
                                    u"User.Read.All"_s,      u"User.ReadWrite.All"_s,
                                    u"Organization.Read.All"_s, u"Organization.ReadWrite.All"_s,
                                    u"Directory.Read.All"_s, u"Directory.ReadWrite.All"_s,
                                    u"Directory.AccessAsUser.All"_s};
    return scopes;
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

SandboxResponse invalidValue(const SandboxRequest &request, const QString &property)
{
    return GraphErrors::badRequest(request,
                                   u"Invalid value specified for property '%1' of resource 'Domain'."_s.arg(property));
}

/** A JSON integer in [minimum, maximum] (or @p sentinel); null means "back to the default". */
bool readDays(const QJsonValue &value, int minimum, int maximum, std::optional<int> sentinel, std::optional<int> *out)
{
    if (value.isNull()) {
        *out = std::nullopt;
        return true;
    }
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number != double(qint64(number)))
        return false;
    const qint64 days = qint64(number);
    if ((days >= minimum && days <= maximum) || (sentinel && days == *sentinel)) {
        *out = int(days);
        return true;
    }
    return false;
}

} // namespace

DomainEndpoints::DomainEndpoints(SandboxContext &context)
    : m_context(context)
{
}

void DomainEndpoints::registerRoutes(SandboxRouter &router)
{
    router.add("GET", u"/domains"_s, readScopes(), [this](SandboxRequest &request, const QStringList &) { return list(request); });
    router.add("GET", u"/domains/{}"_s, readScopes(),
               [this](SandboxRequest &request, const QStringList &captures) { return get(request, captures.at(0)); });
    router.add("PATCH", u"/domains/{}"_s, writeScopes(),
               [this](SandboxRequest &request, const QStringList &captures) { return update(request, captures.at(0)); });
    router.add("GET", u"/organization"_s, organizationScopes(),
               [this](SandboxRequest &request, const QStringList &) { return organization(request); });
}

QJsonObject DomainEndpoints::toJson(const SandboxDomain &domain)
{
    return QJsonObject{
        {u"authenticationType"_s, domain.authenticationType},
        {u"availabilityStatus"_s, QJsonValue::Null},
        {u"id"_s, domain.id},
        {u"isAdminManaged"_s, true},
        {u"isDefault"_s, domain.isDefault},
        {u"isInitial"_s, domain.isInitial},
        {u"isRoot"_s, domain.isRoot},
        {u"isVerified"_s, domain.isVerified},
        {u"passwordNotificationWindowInDays"_s, optionalInt(domain.passwordNotificationWindowInDays)},
        {u"passwordValidityPeriodInDays"_s, optionalInt(domain.passwordValidityPeriodInDays)},
        {u"supportedServices"_s, QJsonArray::fromStringList(domain.supportedServices)},
        {u"state"_s, QJsonValue::Null},
    };
}

SandboxResponse DomainEndpoints::list(const SandboxRequest &request)
{
    QJsonArray value;
    for (const SandboxDomain &domain : m_context.tenant.domains)
        value.append(toJson(domain));
    return SandboxResponse::json(
        200, QJsonObject{{u"@odata.context"_s, QString(request.graphRoot() + u"/$metadata#domains"_s)}, {u"value"_s, value}});
}

SandboxResponse DomainEndpoints::get(const SandboxRequest &request, const QString &id)
{
    const SandboxDomain *domain = m_context.tenant.domain(id);
    if (!domain)
        return GraphErrors::resourceNotFound(request, id);
    QJsonObject body = toJson(*domain);
    body.insert(u"@odata.context"_s, QString(request.graphRoot() + u"/$metadata#domains/$entity"_s));
    return SandboxResponse::json(200, body);
}

SandboxResponse DomainEndpoints::update(const SandboxRequest &request, const QString &id)
{
    SandboxDomain *domain = m_context.tenant.domain(id);
    if (!domain)
        return GraphErrors::resourceNotFound(request, id);
    if (!SandboxPermissions::canUpdateDomains(m_context.tenant, request.caller->userId))
        return GraphErrors::insufficientPrivileges(request);
    const auto body = request.jsonBody();
    if (!body)
        return GraphErrors::badRequest(request, u"Invalid request body."_s);

    static const QStringList supported{u"passwordValidityPeriodInDays"_s, u"passwordNotificationWindowInDays"_s};
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        if (!supported.contains(it.key())) {
            return GraphErrors::badRequest(
                request, u"Property '%1' is read-only or not supported by the sandbox and cannot be set."_s.arg(it.key()));
        }
    }
    if (!domain->isVerified)
        return GraphErrors::badRequest(request, u"Domain '%1' is not verified. Verify the domain first."_s.arg(domain->id));
    // Federated domains take their password expiry from the on-premises directory.
    if (domain->authenticationType == u"Federated"_s) {
        return GraphErrors::badRequest(
            request, u"Password policy cannot be set for federated domain '%1'."_s.arg(domain->id));
    }

    std::optional<int> validity = domain->passwordValidityPeriodInDays;
    std::optional<int> window = domain->passwordNotificationWindowInDays;
    if (body->contains(supported.at(0)) && !readDays(body->value(supported.at(0)), 14, 730, NeverExpires, &validity))
        return invalidValue(request, supported.at(0));
    if (body->contains(supported.at(1)) && !readDays(body->value(supported.at(1)), 1, 30, std::nullopt, &window))
        return invalidValue(request, supported.at(1));
    domain->passwordValidityPeriodInDays = validity;
    domain->passwordNotificationWindowInDays = window;
    m_context.log.count(u"domainUpdates"_s);
    return SandboxResponse::noContent();
}

SandboxResponse DomainEndpoints::organization(const SandboxRequest &request)
{
    const SandboxTenant &tenant = m_context.tenant;
    QJsonArray verified;
    for (const SandboxDomain &domain : tenant.domains) {
        if (!domain.isVerified)
            continue;
        verified.append(QJsonObject{
            {u"capabilities"_s, domain.supportedServices.contains(u"Email"_s) ? u"Email, OfficeCommunicationsOnline"_s
                                                                                : u"None"_s},
            {u"isDefault"_s, domain.isDefault},
            {u"isInitial"_s, domain.isInitial},
            {u"name"_s, domain.id},
            {u"type"_s, domain.authenticationType},
        });
    }
    const QJsonObject organization{
        {u"id"_s, tenant.tenantId},
        {u"displayName"_s, tenant.displayName},
        {u"tenantType"_s, u"AAD"_s},
        {u"countryLetterCode"_s, u"SE"_s},
        {u"preferredLanguage"_s, u"sv"_s},
        {u"verifiedDomains"_s, verified},
    };
    return SandboxResponse::json(
        200, QJsonObject{{u"@odata.context"_s, QString(request.graphRoot() + u"/$metadata#organization"_s)},
                         {u"value"_s, QJsonArray{organization}}});
}
