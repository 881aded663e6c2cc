// SPDX-License-Identifier: MIT
#include "auth/LoopbackRequest.h"

#include <QByteArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

using Outcome = LoopbackRequest::Outcome;

constexpr QByteArrayView crlf = "\r\n";
constexpr QByteArrayView headEnd = "\r\n\r\n";

/** RFC 9110 §5.6.2 tchar: a header field name is one token. */
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

/** Printable ASCII without the space: the characters an origin-form target may hold. */
bool isTargetChar(char c)
{
    return c > 0x20 && c < 0x7f;
}

/** RFC 9110 §5.5 field-value characters: visible, obs-text, space and tab; no other control. */
bool isFieldValueChar(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
}

bool allOf(QByteArrayView bytes, bool (*predicate)(char))
{
    for (char c : bytes) {
        if (!predicate(c))
            return false;
    }
    return true;
}

/** Host: "localhost", "127.0.0.1" or "[::1]", each with an optional port (RFC 9110 §7.2). */
bool isLoopbackHost(QByteArrayView host)
{
    qsizetype nameEnd = host.indexOf(':');
    if (host.startsWith('[')) {
        nameEnd = host.indexOf(']');
        if (nameEnd < 0)
            return false;
        ++nameEnd;
    }
    const QByteArrayView name = nameEnd < 0 ? host : host.first(nameEnd);
    const QByteArrayView rest = nameEnd < 0 ? QByteArrayView() : host.sliced(nameEnd);
    if (!rest.isEmpty()) {
        const QByteArrayView port = rest.sliced(1);
        if (rest.front() != ':' || port.isEmpty() || port.size() > 5
            || !allOf(port, [](char c) { return c >= '0' && c <= '9'; }))
            return false;
    }
    return name.toByteArray().toLower() == "localhost" || name == "127.0.0.1" || name == "[::1]";
}

/** A query value as the form encoding of RFC 6749 appendix B writes it: '+' is a space. */
QString formDecoded(QByteArrayView encoded)
{
    QByteArray bytes = encoded.toByteArray();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

/**
 * The redirect's parameters; false when one of them is repeated, which RFC 6749 §3.1 forbids and
 * which would leave open which value the browser meant. Other parameters (session_state…) are
 * ignored.
 */
bool readQuery(QByteArrayView query, LoopbackRedirect *redirect)
{
    struct Field
    {
        QLatin1StringView name;
        QString *value;
        bool seen = false;
    };
    Field fields[] = {{"code"_L1, &redirect->code},
                      {"state"_L1, &redirect->state},
                      {"error"_L1, &redirect->error},
                      {"error_description"_L1, &redirect->errorDescription}};
    while (!query.isEmpty()) {
        const qsizetype ampersand = query.indexOf('&');
        const QByteArrayView pair = ampersand < 0 ? query : query.first(ampersand);
        query = ampersand < 0 ? QByteArrayView() : query.sliced(ampersand + 1);
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = formDecoded(equals < 0 ? pair : pair.first(equals));
        for (Field &field : fields) {
            if (name != field.name)
                continue;
            if (field.seen)
                return false;
            field.seen = true;
            *field.value = equals < 0 ? QString() : formDecoded(pair.sliced(equals + 1));
        }
    }
    return true;
}

/** Checks the header fields; false for a malformed one, a body, or a Host that is not loopback. */
bool headersAcceptable(QByteArrayView fields)
{
    int hosts = 0;
    while (!fields.isEmpty()) {
        const qsizetype end = fields.indexOf(crlf);
        const QByteArrayView line = end < 0 ? fields : fields.first(end);
        fields = end < 0 ? QByteArrayView() : fields.sliced(end + crlf.size());
        const qsizetype colon = line.indexOf(':');
        // No name, whitespace before the colon (RFC 9112 §5.1) or obsolete line folding.
        if (colon <= 0 || !allOf(line.first(colon), isTokenChar))
            return false;
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (!allOf(value, isFieldValueChar))
            return false;
        const QByteArray name = line.first(colon).toByteArray().toLower();
        if (name == "host") {
            if (++hosts > 1 || !isLoopbackHost(value))
                return false;
        } else if (name == "transfer-encoding" || (name == "content-length" && value != "0")) {
            // A redirect is a GET without a body; a body's bytes would be read as the next request.
            return false;
        }
    }
    return hosts == 1; // HTTP/1.1 requires it; browsers send it with 1.0 too
}

} // namespace

LoopbackRequest LoopbackRequest::parse(QByteArrayView received)
{
    const qsizetype end = received.indexOf(headEnd);
    if (end < 0)
        return LoopbackRequest(received.size() > maximumSize ? Outcome::BadRequest : Outcome::Incomplete);
    // Bytes after the head would be a body or a pipelined request; a browser's redirect has neither.
    if (end + headEnd.size() > maximumSize || end + headEnd.size() != received.size())
        return LoopbackRequest(Outcome::BadRequest);
    const QByteArrayView head = received.first(end);
    // Lines end with CRLF only: a bare CR or LF is how requests are smuggled past other parsers.
    const qsizetype lineEnd = head.indexOf(crlf);
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    const QByteArrayView fields = lineEnd < 0 ? QByteArrayView() : head.sliced(lineEnd + crlf.size());
    if (head.count('\r') != head.count('\n') || head.count('\n') != head.count(crlf) || head.contains('\0'))
        return LoopbackRequest(Outcome::BadRequest);

    // request-line = method SP request-target SP HTTP-version, single spaces (RFC 9112 §3).
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace < 0 || lastSpace == firstSpace)
        return LoopbackRequest(Outcome::BadRequest);
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (method != "GET" || (version != "HTTP/1.1" && version != "HTTP/1.0") || !target.startsWith('/')
        || !allOf(target, isTargetChar) || !headersAcceptable(fields))
        return LoopbackRequest(Outcome::BadRequest);

    const qsizetype question = target.indexOf('?');
    const QByteArrayView path = question < 0 ? target : target.first(question);
    if (path != "/")
        return LoopbackRequest(Outcome::NotFound);
    LoopbackRequest request(Outcome::Redirect);
    LoopbackRedirect &redirect = request.m_redirect;
    if (!readQuery(question < 0 ? QByteArrayView() : target.sliced(question + 1), &redirect))
        return LoopbackRequest(Outcome::BadRequest);
    if (redirect.code.isEmpty() && redirect.error.isEmpty())
        return LoopbackRequest(Outcome::NotFound); // a bare visit to the address
    // RFC 6749 §4.1.2: a code always comes with the state we sent, and never with an error.
    if (!redirect.code.isEmpty() && (redirect.state.isEmpty() || !redirect.error.isEmpty()))
        return LoopbackRequest(Outcome::BadRequest);
    return request;
}
