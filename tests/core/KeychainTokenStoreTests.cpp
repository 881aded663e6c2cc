// SPDX-License-Identifier: MIT
// Runs against the real Secret Service: the test command starts the suite inside a private D-Bus
// session with an unlocked gnome-keyring (dev.sh).
#include "CatchQt.h"

#include "auth/KeychainTokenStore.h"

#include <QSignalSpy>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

QString uniqueKey()
{
    return u"tests/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"/refresh-token"_s;
}

struct ReadResult
{
    QByteArray secret;
    TokenStoreError error = TokenStoreError::Other;
};

ReadResult readBack(KeychainTokenStore &store, const QString &key)
{
    QSignalSpy spy(&store, &TokenStore::readFinished);
    store.read(key);
    REQUIRE(spy.wait(10000));
    const auto arguments = spy.takeFirst();
    REQUIRE(arguments.at(0).toString() == key);
    return {arguments.at(1).toByteArray(), arguments.at(2).value<TokenStoreError>()};
}

TokenStoreError writeSecret(KeychainTokenStore &store, const QString &key, const QByteArray &secret)
{
    QSignalSpy spy(&store, &TokenStore::writeFinished);
    store.write(key, secret);
    REQUIRE(spy.wait(10000));
    return spy.takeFirst().at(1).value<TokenStoreError>();
}

} // namespace

TEST_CASE("KeychainTokenStore: writes a secret and reads it back from the Secret Service", "[core][auth][keychain]")
{
    KeychainTokenStore store(u"io.github.resetdesk.ResetDesk.tests"_s, nullptr);
    const QString key = uniqueKey();
    const QByteArray secret = "0.AAAA-refresh-token-\xc3\xa5\xc3\xa4\xc3\xb6-" + QUuid::createUuid().toByteArray();

    REQUIRE(writeSecret(store, key, secret) == TokenStoreError::None);
    const ReadResult result = readBack(store, key);
    CHECK(result.error == TokenStoreError::None);
    CHECK(result.secret == secret);
}

TEST_CASE("KeychainTokenStore: a second write replaces the stored secret", "[core][auth][keychain]")
{
    KeychainTokenStore store(u"io.github.resetdesk.ResetDesk.tests"_s, nullptr);
    const QString key = uniqueKey();
    REQUIRE(writeSecret(store, key, "first") == TokenStoreError::None);
    REQUIRE(writeSecret(store, key, "rotated") == TokenStoreError::None);
    CHECK(readBack(store, key).secret == QByteArray("rotated"));
}

TEST_CASE("KeychainTokenStore: remove deletes the secret and a later read reports NotFound", "[core][auth][keychain]")
{
    KeychainTokenStore store(u"io.github.resetdesk.ResetDesk.tests"_s, nullptr);
    const QString key = uniqueKey();
    REQUIRE(writeSecret(store, key, "to be removed") == TokenStoreError::None);

    QSignalSpy removed(&store, &TokenStore::removeFinished);
    store.remove(key);
    REQUIRE(removed.wait(10000));
    CHECK(removed.takeFirst().at(1).value<TokenStoreError>() == TokenStoreError::None);

    const ReadResult result = readBack(store, key);
    CHECK(result.error == TokenStoreError::NotFound);
    CHECK(result.secret.isEmpty());
}

TEST_CASE("KeychainTokenStore: removing a key that was never stored is not an error", "[core][auth][keychain]")
{
    KeychainTokenStore store(u"io.github.resetdesk.ResetDesk.tests"_s, nullptr);
    QSignalSpy removed(&store, &TokenStore::removeFinished);
    store.remove(uniqueKey());
    REQUIRE(removed.wait(10000));
    CHECK(removed.takeFirst().at(1).value<TokenStoreError>() == TokenStoreError::None);
}
