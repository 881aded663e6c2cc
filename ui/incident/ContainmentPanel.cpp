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
    : QGroupBox(parent)
    , m_actions(new QLabel(this))
    , m_reregister(new QCheckBox(this))
    , m_why(new QLabel(this))
    , m_confirmationLabel(new QLabel(this))
    , m_confirmation(new QLineEdit(this))
{
    setObjectName(u"groupContainment"_s);
    m_actions->setObjectName(u"labelContainmentActions"_s);
    m_reregister->setObjectName(u"checkReregisterMethods"_s);
    m_why->setObjectName(u"labelConfirmationWhy"_s);
    m_confirmationLabel->setObjectName(u"labelConfirmDomain"_s);
    m_confirmation->setObjectName(u"lineConfirmDomain"_s);
    for (QLabel *label : {m_actions, m_why}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_confirmationLabel->setBuddy(m_confirmation);
    // A domain, not a secret; but no completion may offer it before it was typed.
    m_confirmation->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase | Qt::ImhUrlCharactersOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_actions);
    layout->addWidget(m_reregister);
    layout->addWidget(m_why);
    layout->addWidget(m_confirmationLabel);
    layout->addWidget(m_confirmation);
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
    QGroupBox::changeEvent(event);
}

void ContainmentPanel::retranslate()
{
    setTitle(tr("Incident containment"));
    m_actions->setText(tr("For every user in the plan: a new temporary password that must be changed at the next "
                          "sign-in, and sign-out of all sessions and devices."));
    m_actions->setAccessibleName(m_actions->text());
    m_reregister->setText(tr("Require users to re&gister their sign-in methods again (removes every method but "
                             "the password)"));
    m_reregister->setAccessibleName(m_reregister->text().remove(QRegularExpression(u"&(?!&)"_s)));
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
            ? tr("This run includes %n privileged administrator(s) and cannot be undone. Reading your "
                 "organization's domain, which you will type to confirm…", nullptr, m_privileged)
            : tr("This run touches %n user(s) and cannot be undone. Reading your organization's domain, which "
                 "you will type to confirm…", nullptr, m_users);
    } else {
        why = m_privileged > 0
            ? tr("This run includes %n privileged administrator(s) and cannot be undone. To confirm, type your "
                 "organization's domain, %1.", nullptr, m_privileged).arg(m_domain)
            : tr("This run touches %n user(s) and cannot be undone. To confirm, type your organization's "
                 "domain, %1.", nullptr, m_users).arg(m_domain);
    }
    m_why->setText(why);
    m_why->setAccessibleName(m_why->text());
    m_confirmationLabel->setText(tr("&Type the domain to confirm:"));
    m_confirmation->setPlaceholderText(m_domain);
    m_confirmation->setAccessibleDescription(m_why->text());
}
