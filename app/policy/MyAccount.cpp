// SPDX-License-Identifier: MIT
#include "policy/MyAccount.h"

#include "graph/GraphClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

MyAccount::MyAccount(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

MyAccount::Problem MyAccount::validateEmail(const QString &address, const QString &userPrincipalName)
{
    // Deliberately simple: one @, a dot in the domain, no spaces. The mail system has the last word.
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"_s);
    const QString trimmed = address.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return Problem::InvalidEmail;
    if (trimmed.compare(userPrincipalName, Qt::CaseInsensitive) == 0)
        return Problem::EmailIsAccountAddress;
    return Problem::None;
}

QString MyAccount::normalizedPhone(const QString &phone)
{
    static const QRegularExpression countryAndRest(u"^\\+(\\d{1,3})[\\s\\-]+(.+)$"_s);
    const QRegularExpressionMatch match = countryAndRest.match(phone.trimmed());
    if (!match.hasMatch())
        return {};
    QString digits;
    for (const QChar c : match.captured(2)) {
        if (c.isDigit())
            digits.append(c);
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')')
            return {};
    }
    if (digits.size() < 6 || digits.size() > 14)
        return {};
    return u"+"_s + match.captured(1) + u' ' + digits;
}

MyAccount::Problem MyAccount::validatePhone(const QString &phone)
{
    if (phone.trimmed().isEmpty())
        return Problem::None; // clearing the number is allowed
    return normalizedPhone(phone).isEmpty() ? Problem::InvalidPhone : Problem::None;
}

void MyAccount::load()
{
    GraphQuery select;
    select.addQueryItem(u"$select"_s, u"id,userPrincipalName,otherMails,mobilePhone"_s);
    GraphCall *call = m_client->send(GraphRequest::get(u"/me"_s, select));
    connect(call, &GraphCall::finished, this, [this](const GraphResponse &response) {
        if (!response.ok()) {
            Q_EMIT failed(response.error);
            return;
        }
        const QJsonObject me = response.object();
        MyContactDetails details;
        details.userPrincipalName = me.value(u"userPrincipalName"_s).toString();
        details.mobilePhone = me.value(u"mobilePhone"_s).toString();
        for (const QJsonValue &mail : me.value(u"otherMails"_s).toArray())
            details.alternateEmails.append(mail.toString());
        Q_EMIT loaded(details);
    });
}

void MyAccount::save(const MyContactDetails &details)
{
    QJsonArray mails;
    for (const QString &mail : details.alternateEmails)
        mails.append(mail.trimmed());
    const QString phone = normalizedPhone(details.mobilePhone);
    const QJsonObject body{{u"otherMails"_s, mails},
                           {u"mobilePhone"_s, phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(phone)}};
    GraphCall *call = m_client->send(GraphRequest::patch(u"/me"_s, body));
    connect(call, &GraphCall::finished, this, [this](const GraphResponse &response) {
        if (response.ok())
            Q_EMIT saved({}, QString::fromLatin1(response.header("request-id")));
        else
            Q_EMIT saved(response.error, response.error.requestId);
    });
}

void MyAccount::changePassword(const QString &currentPassword, const QString &newPassword)
{
    if (currentPassword == newPassword) {
        Q_EMIT passwordChangeFailed(Problem::SameAsCurrentPassword, {});
        return;
    }
    GraphRequest request = GraphRequest::post(
        u"/me/changePassword"_s, QJsonObject{{u"currentPassword"_s, currentPassword}, {u"newPassword"_s, newPassword}});
    // Never replayed blindly: a second attempt after a lost answer would fail on the old password.
    request.idempotent = false;
    GraphCall *call = m_client->send(request);
    connect(call, &GraphCall::finished, this, [this](const GraphResponse &response) {
        if (response.ok()) {
            Q_EMIT passwordChanged(QString::fromLatin1(response.header("request-id")));
            return;
        }
        const GraphError &error = response.error;
        Problem problem = Problem::Other;
        if (error.kind == GraphError::Kind::PasswordRejected)
            problem = Problem::PasswordRejected;
        else if (error.httpStatus == 400 && error.message.contains(u"currentPassword"_s, Qt::CaseInsensitive))
            problem = Problem::WrongCurrentPassword; // undocumented; the sandbox follows observed wording
        Q_EMIT passwordChangeFailed(problem, error);
    });
}
