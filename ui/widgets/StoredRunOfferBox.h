// SPDX-License-Identifier: MIT
#pragma once

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

    /**
     * Opens the box window-modal on @p parent, deleted when closed; @p answered gets the choice
     * once the box is gone from the screen, while @p receiver lives. Without @p canResume only
     * Later and Delete are offered.
     */
    static QMessageBox *open(QWidget *parent, const Texts &texts, bool canResume, QObject *receiver,
                             std::function<void(Choice)> answered);
};
