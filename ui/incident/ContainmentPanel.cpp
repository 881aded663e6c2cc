// SPDX-License-Identifier: MIT
#include "ui/incident/ContainmentPanel.h"

#include "incident/ContainmentConfirmation.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ContainmentPanel::ContainmentPanel(QWidget *parent)
    : QWidget(parent)
    , m_reregister(new QCheckBox(this))
    , m_why(new QLabel(this))
    , m_confirmationLabel(new QLabel(this))
    , m_confirmation(new QLineEdit(this))
{
    setObjectName(u"groupContainment"_s);
    m_reregister->setObjectName(u"checkReregisterMethods"_s);
    m_why->setObjectName(u"labelConfirmationWhy"_s);
    m_confirmationLabel->setObjectName(u"labelConfirmDomain"_s);
    m_confirmation->setObjectName(u"lineConfirmDomain"_s);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirmationLabel->setBuddy(m_confirmation);
    // A domain, not a secret; but no completion may offer it before it was typed.
    m_confirmation->setInputMethodHints(
        Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase | Qt::ImhUrlCharactersOnly);
    auto *layout = new QVBoxLayout(this);
    // No frame or title of its own: the window's title says it is a containment, and the plan's
    // grid beside the options needs every line of height at large font sizes.
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reregister);
    layout->addWidget(m_why);
    // The field beside its label: the plan's grid above has the height, this panel must not take it.
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirmationLabel);
    confirmRow->addWidget(m_confirmation, 1);
    layout->addLayout(confirmRow);
    connect(m_reregister, &QCheckBox::toggled, this, &ContainmentPanel::changed);
    connect(m_confirmation, &QLineEdit::textChanged, this, &ContainmentPanel::changed);
    retranslate();
    updateConfirmation();
}

void ContainmentPanel::setExpectedDomain(const QString &domain)
{
    m_domain = domain;
    updateConfirmation();
    Q_EMIT changed();
}

void ContainmentPanel::setScope(int users, int privileged)
{
    if (users == m_users && privileged == m_privileged)
        return;
    m_users = users;
    m_privileged = privileged;
    updateConfirmation();
    Q_EMIT changed();
}

bool ContainmentPanel::reregisterMethods() const
{
    return m_reregister->isChecked();
}

bool ContainmentPanel::isConfirmationRequired() const
{
    return ContainmentConfirmation::isRequired(m_users, m_privileged);
}

bool ContainmentPanel::isConfirmed() const
{
    return !isConfirmationRequired() || ContainmentConfirmation::matches(m_confirmation->text(), m_domain);
}

void ContainmentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString ContainmentPanel::fixedActions()
{
    return tr(
        "For every user in the plan: a new temporary password that must be changed at the next sign-in, "
        "and sign-out of all sessions and devices. If you also require them to register their sign-in "
        "methods again, every method but the password is removed.");
}

void ContainmentPanel::retranslate()
{
    // Short, so the check box does not widen the plan; what it removes is said above it and here.
    m_reregister->setText(tr("Require users to re&gister their sign-in methods again"));
    m_reregister->setAccessibleName(m_reregister->text().remove(QRegularExpression(u"&(?!&)"_s)));
    m_reregister->setToolTip(tr("Removes every sign-in method but the password, such as authenticator apps, "
                                "phone numbers and security keys."));
    m_reregister->setAccessibleDescription(m_reregister->toolTip());
    m_confirmation->setAccessibleName(tr("Organization domain to confirm"));
    updateConfirmation();
}

void ContainmentPanel::updateConfirmation()
{
    const bool required = isConfirmationRequired();
    m_why->setVisible(required);
    m_confirmationLabel->setVisible(required);
    m_confirmation->setVisible(required);
    if (!required)
        return;
    QString why;
    if (m_domain.isEmpty()) {
        why = m_privileged > 0
            ? tr("This run includes %n privileged administrator(s). Reading the domain to type…", nullptr,
                m_privileged)
            : tr("This run touches %n user(s). Reading the domain to type…", nullptr, m_users);
    } else {
        //: %1 is the organization's domain, for example contoso.com
        why = m_privileged > 0
            ? tr("This run includes %n privileged administrator(s). Type %1 to confirm.", nullptr,
                m_privileged)
                  .arg(m_domain)
            : tr("This run touches %n user(s). Type %1 to confirm.", nullptr, m_users).arg(m_domain);
    }
    m_why->setText(why);
    m_why->setAccessibleName(m_why->text());
    m_confirmationLabel->setText(tr("&Type the domain to confirm:"));
    m_confirmation->setPlaceholderText(m_domain);
    m_confirmation->setAccessibleDescription(m_why->text());
}
