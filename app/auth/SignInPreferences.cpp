// SPDX-License-Identifier: MIT
#include "auth/SignInPreferences.h"

#include "auth/AuthScopes.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto methodKey = u"connection/signInMethod"_s;
const auto consentKey = u"connection/consent"_s;

} // namespace

QStringList SignInPreferences::signInScopes() const
{
    return consent == ConsentChoice::AllAtOnce ? AuthScopes::everything() : AuthScopes::signIn();
}

SignInPreferences SignInPreferences::load(QSettings &settings)
{
    SignInPreferences loaded;
    if (settings.value(methodKey).toString() == u"deviceCode"_s)
        loaded.method = SignInMethod::DeviceCode;
    if (settings.value(consentKey).toString() == u"allAtOnce"_s)
        loaded.consent = ConsentChoice::AllAtOnce;
    return loaded;
}

void SignInPreferences::save(QSettings &settings) const
{
    settings.setValue(methodKey, method == SignInMethod::DeviceCode ? u"deviceCode"_s : u"browser"_s);
    settings.setValue(consentKey, consent == ConsentChoice::AllAtOnce ? u"allAtOnce"_s : u"stepByStep"_s);
}
