// SPDX-License-Identifier: MIT
#include "ui/widgets/StoredRunOfferBox.h"

#include "bulk/ResetJournal.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

StoredRunOfferBox::Progress StoredRunOfferBox::progress(const ResetJournal &journal)
{
    Progress progress;
    const QList<ResetJournal::Entry> entries = journal.entries();
    progress.users = int(entries.size());
    for (const ResetJournal::Entry &entry : entries) {
        if (entry.state == ResetJournal::State::Confirmed)
            ++progress.done;
        else if (entry.state == ResetJournal::State::Planned || entry.state == ResetJournal::State::Sent)
            ++progress.unfinished;
    }
    return progress;
}

QMessageBox *StoredRunOfferBox::open(QWidget *parent, const Texts &texts, bool canResume, QObject *receiver,
                                     std::function<void(Choice)> answered)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(canResume ? QMessageBox::Question : QMessageBox::Warning);
    box->setWindowTitle(texts.title);
    box->setText(texts.text);
    box->setInformativeText(texts.informativeText);
    if (!texts.detailedText.isEmpty())
        box->setDetailedText(texts.detailedText);
    QPushButton *resume = canResume ? box->addButton(tr("&Resume"), QMessageBox::AcceptRole) : nullptr;
    QPushButton *later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    // Resuming keeps every secret; without it, Later is the choice that loses nothing.
    box->setDefaultButton(resume ? resume : later);
    box->setEscapeButton(later);
    QObject::connect(box, &QMessageBox::finished, receiver,
                     [box, receiver, resume, remove, answered = std::move(answered)] {
        const QAbstractButton *clicked = box->clickedButton();
        const Choice choice = resume && clicked == resume ? Choice::Resume
                              : clicked == remove         ? Choice::Delete
                                                          : Choice::Later;
        // The box is still visible while it finishes: whatever comes next waits until it is gone.
        QMetaObject::invokeMethod(receiver, [answered, choice] { answered(choice); }, Qt::QueuedConnection);
    });
    box->open();
    return box;
}

QMessageBox *StoredRunOfferBox::offer(QWidget *parent, const BulkRunStore::StoredRun &run, StoreAccess store,
                                      QObject *receiver, const ReadableWording &readable,
                                      const UnreadableWording &unreadable, std::function<void()> resume,
                                      std::function<void()> next)
{
    const QString when = QLocale().toString(run.created.toLocalTime(), QLocale::ShortFormat);
    Texts texts;
    if (run.journal) {
        texts = readable(progress(*run.journal), when);
    } else {
        texts = unreadable(when);
        texts.detailedText = run.error;
    }
    return open(parent, texts, run.journal != nullptr, receiver,
                [run, store = std::move(store), resume = std::move(resume), next = std::move(next)](Choice choice) {
        if (choice == Choice::Resume) {
            resume();
            return;
        }
        if (choice == Choice::Delete)
            store()->purge(run.runId, AuditEntry::PurgeReason::AdminDeleted,
                           run.journal ? int(run.journal->entries().size()) : -1);
        next();
    });
}
