// SPDX-License-Identifier: MIT
#include "ResultExport.h"

#include "common/Csv.h"
#include "common/OwnerOnlyFile.h"
#include "delivery/SlipTexts.h"

#include <QSaveFile>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

QString ResultExport::defused(const QString &value)
{
    // OWASP's CSV-injection advice: spreadsheets treat these first characters as a formula.
    if (value.isEmpty())
        return value;
    const QChar first = value.at(0);
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + value;
    return value;
}

QString ResultExport::cell(const QString &value)
{
    return Csv::field(defused(value));
}

QByteArray ResultExport::toCsv(const QList<HandoverItem> &items, const Options &options)
{
    const SlipTexts texts{HandoverLanguage(options.language)};

    // A run of Temporary Access Passes says when each works and how often, beside the pass.
    const bool passes = std::any_of(items.cbegin(), items.cend(),
                                    [](const HandoverItem &item) { return item.temporaryAccessPass.has_value(); });
    QStringList headings = {texts.displayNameHeading(), texts.userNameHeading(), texts.outcomeHeading(),
                            texts.reasonHeading()};
    if (options.includePasswords)
        headings.append(passes ? texts.tapLabel() : texts.passwordHeading());
    if (passes)
        headings << texts.validFromHeading() << texts.validUntilHeading() << texts.usableOnceHeading();
    QString csv = Csv::row(headings, &ResultExport::cell);
    for (const HandoverItem &item : items) {
        // Text from the directory is defused; the password is the hand-over itself and must reach
        // the reader byte for byte, so it is only quoted (generated ones never start like a formula).
        QStringList cells = {defused(item.displayName), defused(item.userPrincipalName),
                             defused(texts.outcome(item.outcome)), defused(item.reason)};
        if (options.includePasswords)
            cells.append(item.password.reveal());
        if (passes) {
            const std::optional<TemporaryAccessPassTerms> &terms = item.temporaryAccessPass;
            // ISO 8601 in UTC: a mail merge or script reads it unambiguously in any time zone.
            cells << (terms ? terms->start.toUTC().toString(Qt::ISODate) : QString())
                  << (terms ? terms->end().toUTC().toString(Qt::ISODate) : QString())
                  << (terms ? texts.yesNo(terms->usableOnce) : QString());
        }
        csv += Csv::row(cells, &Csv::field);
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

FileWriteError ResultExport::write(const QString &path, const QList<HandoverItem> &items, const Options &options)
{
    QSaveFile file(path);
    const FileWriteError opened = OwnerOnlyFile::open(file);
    if (opened != FileWriteError::None)
        return opened;
    QByteArray bytes = toCsv(items, options);
    const bool written = file.write(bytes) == bytes.size();
    // The passwords in this buffer should not outlive the write.
    bytes.fill('\0');
    if (!written) {
        file.cancelWriting();
        file.commit();
        return FileWriteError::WriteFailed;
    }
    return OwnerOnlyFile::commit(file);
}
