// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkRunStore.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QMessageBox;
class ResetJournal;
class QObject;
class QWidget;

/**
 * The question asked at sign-in about a run an earlier session left saved (interrupted, or its
 * secrets never handed over): Resume, Later or Delete; Later and Delete only when the record
 * cannot be opened. Password and pass runs ask it alike, each in its own words.
 */
class StoredRunOfferBox final
{
    Q_DECLARE_TR_FUNCTIONS(StoredRunOfferBox)
public:
    enum class Choice { Resume, Later, Delete };

    /** How far a saved run got, for the question's words. */
    struct Progress
    {
        int users = 0;
        /** Confirmed by the service: the secret is set (a password) or issued (a pass). */
        int done = 0;
        /** Planned or sent, not answered: what Resume sends. */
        int unfinished = 0;
    };
    static Progress progress(const ResetJournal &journal);

    struct Texts
    {
        QString title;
        QString text;
        QString informativeText;
        /** Technical detail (why the record cannot be opened); empty for none. */
        QString detailedText;
    };

    /** The words for a run whose journal opened, given how far it got and when it was saved. */
    using ReadableWording = std::function<Texts(const Progress &progress, const QString &when)>;
    /** The words for a run whose journal cannot be opened, given when it was saved. */
    using UnreadableWording = std::function<Texts(const QString &when)>;

    /** The store a run is deleted from, asked for when the answer comes (the flow's store may change). */
    using StoreAccess = std::function<BulkRunStore *()>;

    /**
     * Asks about @p run, window-modal on @p parent, in the words of @p readable or @p unreadable
     * (the reason it cannot be opened goes in the details). Once the box is gone and while
     * @p receiver lives: Resume calls @p resume; Delete purges the run from @p store's store, which
     * the audit log records; after Later or Delete, @p next. The box deletes itself when closed.
     */
    static QMessageBox *offer(QWidget *parent, const BulkRunStore::StoredRun &run, StoreAccess store,
                              QObject *receiver, const ReadableWording &readable, const UnreadableWording &unreadable,
                              std::function<void()> resume, std::function<void()> next);

private:
    /** Opens the box; @p answered gets the choice. Without @p canResume only Later and Delete are offered. */
    static QMessageBox *open(QWidget *parent, const Texts &texts, bool canResume, QObject *receiver,
                             std::function<void(Choice)> answered);
};
