// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

/** The query of the browser's redirect to the loopback address: code and state, or an error. */
struct LoopbackRedirect
{
    QString code;
    QString state;
    QString error;            // e.g. access_denied; empty when a code came back
    QString errorDescription; // as the identity platform sent it

    bool isError() const { return !error.isEmpty(); }
};

/**
 * What the bytes a client sent to the loopback port so far amount to. Any local process can
 * connect to that port, so the request is read strictly (RFC 9112): a GET request line with an
 * origin-form target and HTTP/1.0 or 1.1, well-formed header fields ended by CRLF, one Host
 * naming the loopback address, no body. Only "/" with `code` and `state`, or with `error`, is
 * the redirect; "/" without them and every other path is NotFound; anything else is BadRequest.
 * No sockets here, so the fuzzer and the unit tests feed it bytes directly.
 */
class LoopbackRequest final
{
public:
    enum class Outcome {
        /** No blank line ending the head yet, and still within maximumSize: wait for more. */
        Incomplete,
        /** The authorization redirect; redirect() holds its parameters. */
        Redirect,
        /** A well-formed request for something else (the browser's /favicon.ico, a bare visit). */
        NotFound,
        /** Malformed, too large, another method, a body, a foreign Host, repeated parameters. */
        BadRequest,
    };

    /**
     * A browser's redirect head is a few kilobytes (the code is about one); cookies other local
     * services set for localhost can add more. Anything past this is not our redirect.
     */
    static constexpr qsizetype maximumSize = 16 * 1024;

    /** Reads the bytes received on one connection so far. */
    static LoopbackRequest parse(QByteArrayView received);

    Outcome outcome() const { return m_outcome; }
    /** The redirect's parameters, decoded; empty unless outcome() is Redirect. */
    const LoopbackRedirect &redirect() const { return m_redirect; }

private:
    explicit LoopbackRequest(Outcome outcome)
        : m_outcome(outcome)
    {
    }

    Outcome m_outcome;
    LoopbackRedirect m_redirect;
};
