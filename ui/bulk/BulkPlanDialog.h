// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkCsvImport.h"
#include "bulk/BulkPreflight.h"
#include "bulk/BulkResetItem.h"
#include "bulk/BulkRunRequest.h"
#include "bulk/BulkSharedPasswordCheck.h"
#include "bulk/BulkTarget.h"
#include "directory/SignedInAdmin.h"
#include "ui/bulk/BulkPlanSource.h"

#include <QDialog>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>

namespace Ui {
class BulkPlanDialog;
}
class PasswordStyleChoice;
class BulkPlanModel;
class ContainmentPanel;
class QPushButton;
class QSortFilterProxyModel;
class QStringListModel;

/**
 * Where the admin plans a bulk reset before anything is written: where the users came
 * from (a selection, everyone, a CSV file, or the incident preset), the single reset's options
 * for all of them, and the pre-flight grid that says who will be reset and who is skipped and
 * why. A CSV file is checked first: nothing can run while it has problems.
 *
 * It never touches the network: after accept() the owner takes items() and settings() to the
 * runner. With more than ConfirmThreshold users (always for the incident preset) the admin
 * confirms once more, because a reset cannot be undone.
 *
 * Sized for 100,000 users: one model and one proxy, no widget per row, every reclassification
 * one pass over the users.
 */
class BulkPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPlanDialog)
public:
    using Source = BulkPlanSource;
    using SavePathPrompt = std::function<QString(QWidget *parent, const QString &suggested)>;

    /** Above this many users the reset is confirmed in a message box. */
    static constexpr int ConfirmThreshold = 20;

    /**
     * @p targets: the users chosen (Selection), every loaded user (Everyone, Incident: also the
     * exclusion picker's list), or none (CsvFile: see loadCsv()).
     */
    BulkPlanDialog(Source source, const QList<BulkTarget> &targets, const SignedInAdmin &admin,
        const QString &tenantName, QWidget *parent = nullptr);
    ~BulkPlanDialog() override;

    /**
     * Source::CsvFile: reads @p csvPath (with BulkCsvImport against @p users, every loaded user);
     * problems are shown, nothing can run until the file is fixed and reloaded. True when the
     * file was read without problems.
     */
    bool loadCsv(const QString &csvPath, const QList<DirectoryUser> &users);
    /** Reads the CSV file again (the "Reload file" button). */
    bool reloadCsv();

    /** After accept(): what to run; the run decides the passwords (BulkRunRequest::items()). */
    BulkRunRequest request() const;
    BulkResetSettings settings() const;
    const BulkPreflight::Plan &plan() const;
    BulkPasswordChoice passwordChoice() const;

    Source source() const { return m_source; }
    /** Incident preset: the accounts left alone (ids), as remembered for next time. */
    QStringList excludedUserIds() const { return m_excludedIds; }
    /** True when the Reset button may be pressed: users to reset, a clean file, an acceptable password. */
    bool canRun() const;
    QPushButton *resetButton() const { return m_resetButton; }

    /** Writes the plan as CSV; on failure explains it in a message box. */
    bool exportPlan(const QString &path);
    /** Replaces the file dialog of "Export plan…" (tests). */
    void setSavePathPrompt(SavePathPrompt prompt) { m_prompt = std::move(prompt); }

    /** The QSettings key holding the incident preset's excluded user ids for @p tenantName. */
    static QString exclusionSettingsKey(const QString &tenantName);

    /**
     * Makes the plan an incident containment run: a new password with a forced change and sign-out
     * for everyone in it, optionally the removal of their sign-in methods, and the typed
     * confirmation the panel asks for when the run is large or touches a privileged admin.
     */
    ContainmentPanel *enableContainment();
    ContainmentPanel *containmentPanel() const { return m_containment; }

    /** Confirms large runs first (a window-modal message box), then accepts. */
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombos();
    void fillFilterCombo();
    void reclassify();
    void updateCounts();
    void updateHeading();
    void updateCsvReport();
    void updateControls();
    void updateRules();
    void applyFilter();
    void exportWithPrompt();
    void setupExclusions();
    bool needsConfirmation() const;
    void confirmAndAccept();
    const BulkSharedPasswordCheck &sharedCheck() const;
    int sharedPasswordUsers() const { return m_includedCount - m_csvPasswordCount; }

    const std::unique_ptr<Ui::BulkPlanDialog> m_ui;
    std::unique_ptr<PasswordStyleChoice> m_styleChoice;
    const Source m_source;
    QList<BulkTarget> m_targets;
    const SignedInAdmin m_admin;
    const QString m_tenantName;
    BulkPlanModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStringListModel *m_problemModel;
    QPushButton *m_resetButton;
    SavePathPrompt m_prompt;

    /** Counts per BulkPreflight::Category of the plan shown, and the users to be reset. */
    std::array<int, BulkPreflight::categoryCount> m_counts {};
    int m_includedCount = 0;
    int m_csvPasswordCount = 0;
    /** The shared password's per-user name check, rebuilt lazily after the plan changed. */
    mutable BulkSharedPasswordCheck m_sharedCheck;
    mutable bool m_sharedCheckStale = true;

    QString m_csvPath;
    QList<DirectoryUser> m_users;
    BulkCsvImport::Result m_csv;
    bool m_csvLoaded = false;
    QString m_csvReadError;

    QStringList m_excludedIds;
    ContainmentPanel *m_containment = nullptr;

};
