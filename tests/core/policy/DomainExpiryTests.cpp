// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "SandboxGraphClient.h"

#include "policy/DomainExpiry.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using Problem = DomainExpirySettings::Problem;

namespace {

QList<DomainExpiry> loadDomains(DomainExpirySettings &settings)
{
    QSignalSpy loaded(&settings, &DomainExpirySettings::loaded);
    settings.load();
    REQUIRE(loaded.wait(10000));
    return loaded.first().at(0).value<QList<DomainExpiry>>();
}

const DomainExpiry &find(const QList<DomainExpiry> &domains, const QString &name)
{
    const auto it = std::find_if(domains.begin(), domains.end(), [&](const DomainExpiry &d) { return d.domain == name; });
    REQUIRE(it != domains.end());
    return *it;
}

GraphError saveAndWait(DomainExpirySettings &settings, const QString &domain, bool never, int days, int notify)
{
    QSignalSpy saved(&settings, &DomainExpirySettings::saved);
    settings.save(domain, never, days, notify);
    REQUIRE(saved.wait(10000));
    return saved.first().at(1).value<GraphError>();
}

} // namespace

TEST_CASE("DomainExpirySettings: checks values the way the admin center limits them", "[core][policy]")
{
    CHECK(DomainExpirySettings::validate(true, 0, 14) == Problem::None);
    CHECK(DomainExpirySettings::validate(false, 90, 14) == Problem::None);
    CHECK(DomainExpirySettings::validate(false, 13, 7) == Problem::ValidityOutOfRange);
    CHECK(DomainExpirySettings::validate(false, 731, 14) == Problem::ValidityOutOfRange);
    CHECK(DomainExpirySettings::validate(false, 90, 0) == Problem::NotificationOutOfRange);
    CHECK(DomainExpirySettings::validate(true, 0, 31) == Problem::NotificationOutOfRange);
    CHECK(DomainExpirySettings::validate(false, 20, 20) == Problem::NotificationTooLong);
}

TEST_CASE("DomainExpirySettings: reads each domain's expiry with the default domain first", "[core][policy]")
{
    SandboxFixture fixture;
    SandboxGraphClient graph(fixture);
    DomainExpirySettings settings(&graph.client);
    const auto domains = loadDomains(settings);
    REQUIRE_FALSE(domains.isEmpty());
    CHECK(domains.first().isDefault);
    const DomainExpiry &older = find(domains, u"kvarnbybygg.com"_s);
    CHECK(older.effectiveValidityDays() == 90);
    CHECK(older.effectiveNotificationDays() == 14);
    CHECK(older.isEditable());
    CHECK_FALSE(find(domains, u"partner.kvarnby.se"_s).isEditable()); // federated
    CHECK_FALSE(find(domains, u"kvarnbyhus.se"_s).isEditable());      // not verified
}

TEST_CASE("DomainExpirySettings: never expires and a number of days round-trip through Graph", "[core][policy]")
{
    SandboxFixture fixture;
    SandboxGraphClient graph(fixture);
    DomainExpirySettings settings(&graph.client);

    REQUIRE_FALSE(saveAndWait(settings, u"kvarnbybygg.com"_s, true, 0, 14).isError());
    CHECK(find(loadDomains(settings), u"kvarnbybygg.com"_s).neverExpires());

    REQUIRE_FALSE(saveAndWait(settings, u"kvarnbybygg.com"_s, false, 180, 21).isError());
    const DomainExpiry after = find(loadDomains(settings), u"kvarnbybygg.com"_s);
    CHECK_FALSE(after.neverExpires());
    CHECK(after.effectiveValidityDays() == 180);
    CHECK(after.effectiveNotificationDays() == 21);
}

TEST_CASE("DomainExpirySettings: the service's refusal of an out-of-range value comes back typed", "[core][policy]")
{
    SandboxFixture fixture;
    SandboxGraphClient graph(fixture);
    DomainExpirySettings settings(&graph.client);
    const GraphError error = saveAndWait(settings, u"kvarnbybygg.com"_s, false, 5000, 14);
    CHECK(error.kind == GraphError::Kind::BadRequest);
    CHECK(error.httpStatus == 400);
    CHECK(find(loadDomains(settings), u"kvarnbybygg.com"_s).effectiveValidityDays() == 90);
}
