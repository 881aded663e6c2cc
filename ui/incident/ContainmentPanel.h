// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <QString>

class QCheckBox;
class QLabel;
class QLineEdit;

/**
 * The part of the bulk plan that makes it an incident containment run: the option to make users
 * register their sign-in methods again, and, when the run touches
 * more than ContainmentConfirmation::userThreshold users or any privileged admin, the field where
 * the organisation's domain must be typed before the run can start.
 */
class ContainmentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainmentPanel)
public:
    explicit ContainmentPanel(QWidget *parent = nullptr);

    /** What always happens in a containment, stated plainly (the plan shows it at the top). */
    static QString fixedActions();

    /** The domain to type (the organisation's default verified domain); empty while it is being read. */
    void setExpectedDomain(const QString &domain);
    QString expectedDomain() const { return m_domain; }
    /** The users the run would touch now, and how many of them hold a privileged role. */
    void setScope(int users, int privileged);

    bool reregisterMethods() const;
    bool isConfirmationRequired() const;
    /** Nothing to type, or the domain was typed. */
    bool isConfirmed() const;

    QCheckBox *reregisterCheck() const { return m_reregister; }
    QLineEdit *confirmationEdit() const { return m_confirmation; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateConfirmation();

    QCheckBox *m_reregister;
    QLabel *m_why;
    QLabel *m_confirmationLabel;
    QLineEdit *m_confirmation;
    QString m_domain;
    int m_users = 0;
    int m_privileged = 0;
};
