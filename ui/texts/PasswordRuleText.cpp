// SPDX-License-Identifier: MIT
#include "ui/texts/PasswordRuleText.h"

using namespace Qt::Literals::StringLiterals;

QString PasswordRuleText::describe(const PasswordRuleFailure &failure)
{
    switch (failure.kind) {
    case PasswordRuleFailure::Kind::Empty:
        return tr("Type a password.");
    case PasswordRuleFailure::Kind::TooShort:
        return tr("Make it at least %1 characters long (it has %2).")
            .arg(LocalPasswordRules::MinimumLength)
            .arg(failure.count);
    case PasswordRuleFailure::Kind::TooLong:
        return tr("Make it at most %1 characters long (it has %2).")
            .arg(LocalPasswordRules::MaximumLength)
            .arg(failure.count);
    case PasswordRuleFailure::Kind::TooFewCharacterClasses:
        return tr("Use at least three of these four: lowercase letters, capital letters, digits and symbols.");
    case PasswordRuleFailure::Kind::DisallowedCharacter:
        //: %1 is one character, such as å
        return tr("Remove “%1”: Microsoft 365 does not accept it in passwords. Only English letters, digits, "
                  "spaces and common symbols are allowed, so å, ä and ö are not.")
            .arg(failure.character);
    case PasswordRuleFailure::Kind::ContainsName:
        //: %1 is part of the user's name, such as "anna"
        return tr("Remove “%1”: a password must not contain the user's name or user name.").arg(failure.namePart);
    }
    return {};
}

QStringList PasswordRuleText::describe(const QList<PasswordRuleFailure> &failures)
{
    QStringList sentences;
    sentences.reserve(failures.size());
    for (const PasswordRuleFailure &failure : failures)
        sentences.append(describe(failure));
    return sentences;
}

QString PasswordRuleText::htmlList(const QList<PasswordRuleFailure> &failures)
{
    if (failures.isEmpty())
        return {};
    QString html = u"<ul style=\"margin-left:0; -qt-list-indent:1\">"_s;
    for (const QString &sentence : describe(failures))
        html += u"<li>"_s + sentence.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}
