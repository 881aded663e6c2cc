// SPDX-License-Identifier: MIT
#include "cli/CliSession.h"

#include "cli/CliOutput.h"
#include "cli/CliTexts.h"
#include "session/ProfileOption.h"

#include <QCommandLineParser>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace {

/**
 * Without a desktop toolkit there is no QDesktopServices: xdg-open is what it would run on
 * Linux. Whether a browser really opened cannot be known, so the address is always shown too.
 * The address carries the PKCE challenge and state, which are no secret.
 */
bool openInBrowser(const QUrl &url)
{
    return QProcess::startDetached(u"xdg-open"_s, {url.toString(QUrl::FullyEncoded)});
}

} // namespace

CliSession::CliSession(const CliOutput *output, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_tokens(&m_keychain)
    , m_auth(&m_tokens, &m_network)
    , m_graph(&m_network, &m_auth)
    , m_console(&m_auth, &m_graph, &m_settings)
    , m_connection(m_console.connection())
{
    connect(&m_tokens, &SettlingTokenStore::settled, this, &CliSession::settled);
    m_auth.setUrlOpener([this](const QUrl &url) {
        tellAddress(url);
        return openInBrowser(url);
    });
    connect(&m_console, &ConsoleSession::deviceCodeReady, this, &CliSession::tellDeviceCode);
    connect(&m_console, &ConsoleSession::scopeRequestStarted, this, &CliSession::followScopeRequest);
}

CliSession::~CliSession() = default;

void CliSession::addOptions(QCommandLineParser &parser)
{
    ProfileOption::addTo(parser);
    ConnectionSettings::addCommandLineOptions(parser);
}

bool CliSession::configure(const QCommandLineParser &parser, QString *problem)
{
    if (!ProfileOption::apply(parser, m_console, problem))
        return false;
    ConnectionSettings connection = m_console.currentOrganisation().connection;
    QString badOption;
    if (!connection.applyCommandLine(parser, &badOption) || !m_console.setConnection(connection)) {
        *problem = tr("The value of --%1 cannot be used. Run resetdesk-cli --help to see what each option expects.")
                       .arg(badOption.isEmpty() ? u"graph-url"_s : badOption);
        return false;
    }
    m_connection = connection;
    return true;
}

void CliSession::restore(std::function<void()> ready, std::function<void(CliExit)> failed)
{
    // One answer per restore: the watcher (and with it every connection below) goes with the first.
    auto *watcher = new QObject(this);
    const auto answer = [watcher](const std::function<void()> &then) {
        if (watcher->property("answered").toBool())
            return;
        watcher->setProperty("answered", true);
        watcher->deleteLater();
        then();
    };
    connect(&m_console, &ConsoleSession::ready, watcher, [answer, ready] { answer(ready); });
    connect(&m_console, &ConsoleSession::restoreFailed, watcher, [this, answer, failed](const AuthError &error) {
        answer([this, failed, error] {
            m_output->tell(error.kind == AuthError::Kind::InteractionRequired ? CliTexts::notSignedIn()
                                                                               : CliTexts::forAuthError(error));
            failed(CliTexts::exitFor(error));
        });
    });
    connect(&m_console, &ConsoleSession::profileFailed, watcher, [this, answer, failed](const GraphError &error) {
        answer([this, failed, error] {
            m_output->tell(CliTexts::forGraphError(error));
            failed(CliTexts::exitFor(error));
        });
    });
    if (!m_console.restoreLastSession()) {
        answer([this, failed] {
            m_output->tell(CliTexts::notSignedIn());
            failed(CliExit::NotSignedIn);
        });
    }
}

void CliSession::tellDeviceCode(const DeviceCodePrompt &prompt) const
{
    m_output->tell(tr("To sign in, open %1 on any device and enter the code %2")
                       .arg(prompt.verificationUri.toString(), prompt.userCode));
}

void CliSession::tellAddress(const QUrl &address) const
{
    m_output->tell(tr("Sign in in the browser. If no browser opens, open this address on this computer:"));
    m_output->tell(address.toString(QUrl::FullyEncoded));
}

void CliSession::followScopeRequest(ScopeRequest *request)
{
    m_output->tell(tr("ResetDesk needs more permissions: %1.").arg(request->missingScopes().join(u", "_s)));
    connect(request, &ScopeRequest::deviceCodeReady, this, [this](const DeviceCodePrompt &prompt) {
        m_output->tell(tr("To approve them, open %1 on any device and enter the code %2")
                           .arg(prompt.verificationUri.toString(), prompt.userCode));
    });
}
