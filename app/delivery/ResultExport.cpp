// SPDX-License-Identifier: MIT
#include "ResultExport.h"

#include "delivery/OwnerOnlyFile.h"
#include "delivery/SlipTexts.h"

#include <QSaveFile>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

QString ResultExport::cell(const QString &value)
{
    QString guarded = value;
    // OWASP's CSV-injection advice: spreadsheets treat these first characters as a formula.
    if (!guarded.isEmpty()) {
        const QChar first = guarded.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            guarded.prepend(u'\'');
    }
    const bool needsQuotes = guarded.contains(u',') || guarded.contains(u'"') || guarded.contains(u'\n')
        || guarded.contains(u'\r') || guarded.startsWith(u' ') || guarded.endsWith(u' ');
    if (!needsQuotes)
        return guarded;
    guarded.replace(u"\""_s, u"\"\""_s);
    return u'"' + guarded + u'"';
}

QByteArray ResultExport::toCsv(const QList<HandoverItem> &items, const Options &options)
{
    const SlipTexts texts{HandoverLanguage(options.language)};
    const auto row = [](const QStringList &cells) -> QString {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &value : cells)
            quoted.append(cell(value));
        return quoted.join(u',') + u"\r\n"_s;
    };

    QStringList headings = {texts.displayNameHeading(), texts.userNameHeading(), texts.outcomeHeading(),
                            texts.reasonHeading()};
    if (options.includePasswords)
        headings.append(texts.passwordHeading());
    QString csv = row(headings);
    for (const HandoverItem &item : items) {
        QStringList cells = {item.displayName, item.userPrincipalName, texts.outcome(item.succeeded), item.reason};
        if (options.includePasswords)
            cells.append(item.password.reveal());
        csv += row(cells);
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
