// SPDX-License-Identifier: MIT
// The bytes a local process sends to the sign-in redirect's loopback port.
#include "FuzzSupport.h"

#include "auth/LoopbackRequest.h"

using Outcome = LoopbackRequest::Outcome;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray received = Fuzz::bytes(data, size);
    const LoopbackRequest request = LoopbackRequest::parse(received);
    if (request.outcome() == Outcome::Redirect) {
        const LoopbackRedirect &redirect = request.redirect();
        Fuzz::check(!redirect.code.isEmpty() || !redirect.error.isEmpty(), "a redirect carries a code or an error");
        Fuzz::check(redirect.code.isEmpty() || !redirect.state.isEmpty(), "a code comes with a state");
    }
    // TCP may split the browser's request anywhere: no part of a redirect may be answered early.
    if (request.outcome() == Outcome::Redirect) {
        for (qsizetype cut : {qsizetype(1), received.size() / 2, received.size() - 1}) {
            if (cut > 0 && cut < received.size())
                Fuzz::check(LoopbackRequest::parse(received.first(cut)).outcome() == Outcome::Incomplete,
                            "a redirect's beginning waits for the rest");
        }
    }
    if (received.size() > LoopbackRequest::maximumSize)
        Fuzz::check(request.outcome() == Outcome::BadRequest, "more than the limit is refused");
    return 0;
}
