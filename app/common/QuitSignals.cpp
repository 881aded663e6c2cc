// SPDX-License-Identifier: MIT
#include "common/QuitSignals.h"

#include <QSocketNotifier>

#include <array>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr std::array watchedSignals {SIGTERM, SIGINT, SIGHUP};

// The handler can reach nothing but plain globals: [0] is read by the event loop, [1] written
// by the handler.
int signalSockets[2] = {-1, -1};

extern "C" void forwardSignal(int signal)
{
    const unsigned char number = static_cast<unsigned char>(signal);
    // write() is async-signal-safe; if the socket is full, a signal is already on its way.
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[1], &number, 1);
}

} // namespace

QuitSignals::QuitSignals(QObject *parent)
    : QObject(parent)
{
    Q_ASSERT(signalSockets[0] < 0); // one instance per process
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalSockets) != 0)
        return;
    m_notifier = new QSocketNotifier(signalSockets[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitSignals::readSignal);
    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : watchedSignals)
        ::sigaction(signal, &action, nullptr);
}

QuitSignals::~QuitSignals()
{
    if (!m_notifier)
        return;
    for (const int signal : watchedSignals)
        ::signal(signal, SIG_DFL);
    ::close(signalSockets[0]);
    ::close(signalSockets[1]);
    signalSockets[0] = signalSockets[1] = -1;
}

void QuitSignals::readSignal()
{
    unsigned char number = 0;
    if (::read(signalSockets[0], &number, 1) == 1)
        Q_EMIT received(number);
}
