// SPDX-License-Identifier: MIT
#include "CatchQt.h"

#include "auth/KeychainTokenStore.h"
#include "bulk/JournalKeyring.h"
#include "bulk/ResetJournal.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {

ResetJournal::PlannedReset planned(int index)
{
    return {u"0b1c2d3e-0000-4000-8000-%1"_s.arg(index, 12, 10, QLatin1Char('0')),
            u"märta.åberg%1@kvarnby.se"_s.arg(index), SecretString(u"Tåg-Kvarn-%1-Xq!"_s.arg(index))};
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::unique_ptr<ResetJournal> newJournal(const QTemporaryDir &dir, const QByteArray &key = ResetJournal::generateKey())
{
    QString error;
    auto journal = ResetJournal::create(dir.path(), key, &error);
    INFO(error.toStdString());
    REQUIRE(journal);
    return journal;
}

std::unique_ptr<ResetJournal> reopen(const QString &path, const QByteArray &key)
{
    QString error;
    auto journal = ResetJournal::open(path, key, &error);
    INFO(error.toStdString());
    REQUIRE(journal);
    return journal;
}

} // namespace

TEST_CASE("ResetJournal: every state change survives a reopen with the same passwords", "[core][reset][journal]")
{
    QTemporaryDir dir;
    const QByteArray key = ResetJournal::generateKey();
    auto journal = newJournal(dir, key);
    REQUIRE(journal->plan({planned(1), planned(2), planned(3)}));
    REQUIRE(journal->markSent({planned(1).userId, planned(2).userId}));
    REQUIRE(journal->markConfirmed(planned(1).userId));
    REQUIRE(journal->markFailed(planned(2).userId, u"Request_BadRequest"_s));
    const QString path = journal->path();
    journal.reset();

    const auto restored = reopen(path, key);
    const auto entries = restored->entries();
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).state == ResetJournal::State::Confirmed);
    CHECK(entries.at(1).state == ResetJournal::State::Failed);
    CHECK(entries.at(1).reason == u"Request_BadRequest"_s);
    CHECK(entries.at(2).state == ResetJournal::State::Planned);
    for (int i = 0; i < 3; ++i) {
        CHECK(entries.at(i).userPrincipalName == planned(i + 1).userPrincipalName);
        CHECK(entries.at(i).password.equals(planned(i + 1).password.reveal()));
    }
    // What a resume sends again: only the user whose outcome is unknown.
    REQUIRE(restored->unfinished().size() == 1);
    CHECK(restored->unfinished().first().userId == planned(3).userId);
}

TEST_CASE("ResetJournal: a user keeps the first planned password when planned again", "[core][reset][journal]")
{
    QTemporaryDir dir;
    const QByteArray key = ResetJournal::generateKey();
    auto journal = newJournal(dir, key);
    REQUIRE(journal->plan({planned(1)}));
    ResetJournal::PlannedReset again = planned(1);
    again.password = SecretString(u"Another-Pass-99!"_s);
    REQUIRE(journal->plan({again}));
    const QString path = journal->path();
    journal.reset();
    const auto restored = reopen(path, key);
    REQUIRE(restored->entries().size() == 1);
    CHECK(restored->entries().first().password.equals(planned(1).password.reveal()));
}

TEST_CASE("ResetJournal: emailed messages survive a reopen and leave the users' states alone",
    "[core][reset][journal]")
{
    QTemporaryDir dir;
    const QByteArray key = ResetJournal::generateKey();
    auto journal = newJournal(dir, key);
    REQUIRE(journal->plan({planned(1), planned(2)}));
    REQUIRE(journal->markConfirmed(QStringList {planned(1).userId, planned(2).userId}));
    CHECK(journal->emailedKeys().isEmpty());
    REQUIRE(journal->markEmailed({u"user:"_s + planned(1).userId}));
    REQUIRE(journal->markEmailed({u"list:it-lead@example.org"_s}));
    CHECK(journal->emailedKeys().size() == 2);
    const QString path = journal->path();
    journal.reset();

    const auto restored = reopen(path, key);
    CHECK(restored->emailedKeys()
        == QSet<QString> {u"user:"_s + planned(1).userId, u"list:it-lead@example.org"_s});
    REQUIRE(restored->entries().size() == 2);
    CHECK(restored->entries().at(0).state == ResetJournal::State::Confirmed);
    CHECK(restored->entries().at(1).state == ResetJournal::State::Confirmed);
    // The recipients are encrypted with everything else.
    CHECK_FALSE(fileBytes(path).contains("it-lead"));
}

TEST_CASE("ResetJournal: the file holds no password or user name in plain text", "[core][reset][journal]")
{
    QTemporaryDir dir;
    auto journal = newJournal(dir);
    REQUIRE(journal->plan({planned(1), planned(2)}));
    REQUIRE(journal->markSent({planned(1).userId}));
    const QByteArray bytes = fileBytes(journal->path());
    for (const auto &reset : {planned(1), planned(2)}) {
        for (const QString &secret : {reset.password.reveal(), reset.userPrincipalName, reset.userId}) {
            INFO(secret.toStdString());
            CHECK_FALSE(bytes.contains(secret.toUtf8()));
            CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
        }
    }
    const auto othersMay = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                           | QFileDevice::WriteOther;
    CHECK((QFile::permissions(journal->path()) & othersMay) == 0);
}

TEST_CASE("ResetJournal: the folders it creates are its owner's alone", "[core][reset][journal]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"ResetDesk/journals"_s);
    QString error;
    auto journal = ResetJournal::create(folder, ResetJournal::generateKey(), &error);
    REQUIRE(journal);
    const auto othersMay = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                           | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    // Nobody else may even list which runs are kept, or when they ran.
    for (const QString &created : {folder, dir.filePath(u"ResetDesk"_s)}) {
        INFO(created.toStdString());
        CHECK((QFile::permissions(created) & othersMay) == 0);
    }
    CHECK((QFile::permissions(journal->path()) & othersMay) == 0);
}

TEST_CASE("ResetJournal: a wrong key cannot read the journal", "[core][reset][journal]")
{
    QTemporaryDir dir;
    auto journal = newJournal(dir);
    REQUIRE(journal->plan({planned(1)}));
    QString error;
    CHECK_FALSE(ResetJournal::open(journal->path(), ResetJournal::generateKey(), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("ResetJournal: a record cut short by a crash is dropped and the rest kept", "[core][reset][journal]")
{
    QTemporaryDir dir;
    const QByteArray key = ResetJournal::generateKey();
    auto journal = newJournal(dir, key);
    REQUIRE(journal->plan({planned(1)}));
    REQUIRE(journal->plan({planned(2)}));
    const QString path = journal->path();
    journal.reset();
    {
        QFile file(path);
        REQUIRE(file.resize(file.size() - 7)); // the last record was being written when power went
    }
    auto restored = reopen(path, key);
    REQUIRE(restored->entries().size() == 1);
    // Appending after the repair starts on a record boundary, so the journal stays readable.
    REQUIRE(restored->plan({planned(3)}));
    restored.reset();
    CHECK(reopen(path, key)->entries().size() == 2);
}

TEST_CASE("ResetJournal: a header cut short by a crash is refused and nothing is written after it", "[core][reset][journal]")
{
    // Found by fuzzing: a header without its newline was read as whole, and the next record was
    // appended to the header line, leaving a journal that no longer opened.
    QTemporaryDir dir;
    const QByteArray key = ResetJournal::generateKey();
    const QString path = newJournal(dir, key)->path();
    {
        QFile file(path);
        REQUIRE(file.resize(fileBytes(path).indexOf('\n')));
    }
    QString error;
    CHECK_FALSE(ResetJournal::open(path, key, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("ResetJournal: journals are listed by age and expire after seven days", "[core][reset][journal]")
{
    QTemporaryDir dir;
    auto first = newJournal(dir);
    QThread::msleep(5); // creation times are kept to the millisecond
    auto second = newJournal(dir);
    const auto journals = ResetJournal::list(dir.path());
    REQUIRE(journals.size() == 2);
    CHECK(journals.at(0).runId == first->runId());
    CHECK(ResetJournal::expired(dir.path(), QDateTime::currentDateTimeUtc().addDays(6)).isEmpty());
    CHECK(ResetJournal::expired(dir.path(), QDateTime::currentDateTimeUtc().addDays(8)).size() == 2);
    REQUIRE(first->remove());
    CHECK(ResetJournal::list(dir.path()).size() == 1);
}

TEST_CASE("JournalKeyring: keeps a run's key in the real keychain until it is removed", "[core][reset][keychain]")
{
    KeychainTokenStore store(u"io.github.resetdesk.ResetDesk.tests"_s, nullptr);
    JournalKeyring keyring(&store);
    const QString runId = u"testrun"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    const QByteArray key = ResetJournal::generateKey();

    QSignalSpy stored(&keyring, &JournalKeyring::stored);
    keyring.store(runId, key);
    REQUIRE(stored.wait(10000));
    REQUIRE(stored.first().at(1).value<TokenStoreError>() == TokenStoreError::None);

    QSignalSpy loaded(&keyring, &JournalKeyring::loaded);
    keyring.load(runId);
    REQUIRE(loaded.wait(10000));
    CHECK(loaded.first().at(0).toString() == runId);
    CHECK(loaded.first().at(1).toByteArray() == key);

    QSignalSpy removed(&keyring, &JournalKeyring::removed);
    keyring.remove(runId);
    REQUIRE(removed.wait(10000));
    loaded.clear();
    keyring.load(runId);
    REQUIRE(loaded.wait(10000));
    CHECK(loaded.first().at(2).value<TokenStoreError>() == TokenStoreError::NotFound);
}
