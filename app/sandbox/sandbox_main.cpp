// SPDX-License-Identifier: MIT
// resetdesk-sandbox: the sandbox tenant as a standalone server, for trying ResetDesk or another
// Graph client against it.
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/TenantGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<double> rateOption(const QCommandLineParser &parser, const QString &name, QTextStream &err)
{
    if (!parser.isSet(name))
        return 0.0;
    bool ok = false;
    const double rate = parser.value(name).toDouble(&ok);
    if (!ok || rate < 0.0 || rate > 1.0) {
        err << "--" << name << " must be a probability between 0 and 1\n";
        return std::nullopt;
    }
    return rate;
}

std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int fallback, int minimum,
                             int maximum, QTextStream &err)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        err << "--" << name << " must be a whole number from " << minimum << " to " << maximum << '\n';
        return std::nullopt;
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"resetdesk-sandbox"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"An in-memory Microsoft 365 tenant (Microsoft Graph v1.0 and the identity platform) on 127.0.0.1."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"port"_s, u"Port to listen on (0 = any free port)."_s, u"port"_s, u"0"_s},
        {u"users"_s, u"Number of generated users (1 to 200000)."_s, u"count"_s, u"50"_s},
        {u"seed"_s, u"Seed of the generated tenant and of random faults."_s, u"seed"_s, u"1"_s},
        {u"latency-ms"_s, u"Latency added to every response, without serialising requests."_s, u"ms"_s, u"0"_s},
        {u"throttling"_s, u"Enforce the identity service's throttling limits."_s},
        {u"time-scale"_s, u"Multiplies throttling windows and Retry-After (0.01 runs 150 s in 1.5 s)."_s, u"factor"_s,
         u"1"_s},
        {u"fault-503"_s, u"Share of Graph requests answered 503."_s, u"rate"_s},
        {u"fault-504"_s, u"Share of Graph requests answered 504."_s, u"rate"_s},
        {u"fault-reset"_s, u"Share of Graph connections dropped (half before, half after processing)."_s, u"rate"_s},
        {u"fault-slow"_s, u"Share of Graph responses delayed by 2 s."_s, u"rate"_s},
        {u"fault-malformed"_s, u"Share of Graph responses with a truncated JSON body."_s, u"rate"_s},
        {u"inspection"_s, u"Serve the test-only /_sandbox/ API and print the admin's password."_s},
        {u"verbose"_s, u"Log every request to stderr (method, path, status; never bodies or tokens)."_s},
    });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    SandboxOptions options;
    const auto port = intOption(parser, u"port"_s, 0, 0, 65535, err);
    const auto users = intOption(parser, u"users"_s, options.userCount, 1, 200000, err);
    const auto latency = intOption(parser, u"latency-ms"_s, 0, 0, 600000, err);
    const auto fault503 = rateOption(parser, u"fault-503"_s, err);
    const auto fault504 = rateOption(parser, u"fault-504"_s, err);
    const auto faultReset = rateOption(parser, u"fault-reset"_s, err);
    const auto faultSlow = rateOption(parser, u"fault-slow"_s, err);
    const auto faultMalformed = rateOption(parser, u"fault-malformed"_s, err);
    bool seedOk = true;
    const quint32 seed = parser.value(u"seed"_s).toUInt(&seedOk);
    bool scaleOk = true;
    const double timeScale = parser.value(u"time-scale"_s).toDouble(&scaleOk);
    if (!seedOk)
        err << "--seed must be a non-negative whole number\n";
    if (!scaleOk || timeScale <= 0)
        err << "--time-scale must be a positive number\n";
    if (!port || !users || !latency || !fault503 || !fault504 || !faultReset || !faultSlow || !faultMalformed
        || !seedOk || !scaleOk || timeScale <= 0) {
        return 2;
    }

    options.port = quint16(*port);
    options.userCount = *users;
    options.seed = seed;
    options.latencyMs = *latency;
    options.throttling = parser.isSet(u"throttling"_s);
    options.timeScale = timeScale;
    options.faults.unavailable503 = *fault503;
    options.faults.timeout504 = *fault504;
    options.faults.connectionReset = *faultReset;
    options.faults.slowResponse = *faultSlow;
    options.faults.malformedBody = *faultMalformed;
    options.inspection = parser.isSet(u"inspection"_s);
    options.autoApproveSignIn = true;
    options.verbose = parser.isSet(u"verbose"_s);
    if (options.verbose)
        qSetMessagePattern(u"%{message}"_s);

    Sandbox sandbox(options);
    QString error;
    if (!sandbox.start(&error)) {
        err << "resetdesk-sandbox: " << error << '\n';
        return 1;
    }
    const SandboxTenant &tenant = sandbox.context().tenant;
    const SandboxUser *admin = tenant.userById(tenant.adminUserId);
    out << "ResetDesk sandbox tenant \"" << tenant.displayName << "\" with " << tenant.liveUserCount()
        << " users (seed " << seed << ")\n";
    out << "  Base URL:      " << sandbox.baseUrl().toString() << '\n';
    out << "  Graph URL:     " << sandbox.graphUrl().toString() << '\n';
    out << "  Authority:     " << sandbox.authorityHostUrl().toString() << '/' << sandbox.tenantId() << '\n';
    out << "  Tenant id:     " << sandbox.tenantId() << '\n';
    out << "  Client id:     " << TenantGenerator::sandboxClientId() << '\n';
    out << "  Admin UPN:     " << (admin ? admin->userPrincipalName : QString()) << '\n';
    if (options.inspection) {
        out << "  Admin password: " << (admin ? admin->password : QString()) << '\n';
        out << "  Inspection:    " << sandbox.baseUrl().toString() << "/_sandbox/ (test-only, no token needed)\n";
    } else {
        out << "  Admin password: not shown (start with --inspection to print it)\n";
    }
    out << "  Throttling:    " << (options.throttling ? u"on"_s : u"off"_s) << ", time scale " << options.timeScale
        << '\n';
    out << "Started in " << QString::number(startup.nsecsElapsed() / 1e9, 'f', 2) << " s. Ctrl+C stops.\n";
    out.flush();
    return QCoreApplication::exec();
}
