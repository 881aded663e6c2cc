// SPDX-License-Identifier: MIT
#include "bulk/BulkCsvImport.h"

#include "reset/ResetRequest.h"
#include "common/SpreadsheetText.h"

#include <QHash>
#include <QScopeGuard>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

/** One record of the file: its fields and the physical line it starts on. */
struct Record
{
    int line = 0;
    QStringList fields;
    bool unclosedQuote = false;
    bool textAfterQuote = false;
    /** Where the record's first physical line ends: parsing restarts there after an unclosed quote. */
    qsizetype firstLineEnd = -1;
};

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

/**
 * The first ',', ';' or tab outside quotes in the first non-blank record: a UPN or id holds none
 * of them. Excel's "Unicode Text" separates cells with tabs.
 */
QChar detectSeparator(const QString &text)
{
    bool inQuotes = false;
    bool content = false;
    for (const QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
            content = true;
        } else if (inQuotes) {
            continue;
        } else if (c == u',' || c == u';' || c == u'\t') {
            return c;
        } else if (isLineBreak(c)) {
            if (content)
                break;
        } else if (!c.isSpace()) {
            content = true;
        }
    }
    return u',';
}

/**
 * RFC 4180 with Excel's leniencies: a quote inside an unquoted field is an ordinary character,
 * spaces around a quoted field are dropped, a lone CR ends a line like CRLF and LF do.
 */
class RecordReader
{
public:
    RecordReader(const QString &text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    Record next()
    {
        enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
        Record record;
        record.line = m_line;
        QString field;
        State state = State::FieldStart;
        const qsizetype size = m_text.size();
        while (m_pos < size) {
            const QChar c = m_text.at(m_pos);
            if (state == State::Quoted) {
                ++m_pos;
                if (c == u'"') {
                    if (m_pos < size && m_text.at(m_pos) == u'"') {
                        field.append(u'"');
                        ++m_pos;
                    } else {
                        state = State::AfterQuote;
                    }
                    continue;
                }
                field.append(c);
                if (c == u'\n' || (c == u'\r' && (m_pos >= size || m_text.at(m_pos) != u'\n'))) {
                    ++m_line;
                    if (record.firstLineEnd < 0)
                        record.firstLineEnd = m_pos;
                }
                continue;
            }
            if (isLineBreak(c)) {
                skipLineBreak();
                break;
            }
            ++m_pos;
            if (c == m_separator) {
                record.fields.append(std::exchange(field, QString()));
                state = State::FieldStart;
                continue;
            }
            switch (state) {
            case State::FieldStart:
                if (c == u'"') {
                    state = State::Quoted;
                    field.clear(); // spaces before the opening quote
                } else if (c.isSpace()) {
                    field.append(c);
                } else {
                    // The whole unquoted run at once: one copy instead of a growing string.
                    const qsizetype end = runEnd(m_pos);
                    field.append(QStringView(m_text).sliced(m_pos - 1, end - m_pos + 1));
                    m_pos = end;
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted:
                field.append(c);
                break;
            case State::AfterQuote:
                if (!c.isSpace()) {
                    record.textAfterQuote = true;
                    field.append(c);
                }
                break;
            case State::Quoted:
                break;
            }
        }
        if (state == State::Quoted) {
            record.unclosedQuote = true;
            // The rest of the file is not this row's: read on from the line after its start.
            if (record.firstLineEnd >= 0) {
                m_pos = record.firstLineEnd;
                m_line = record.line + 1;
            }
        }
        record.fields.append(field);
        return record;
    }

private:
    /** Where the unquoted text from @p from ends: at a separator, a line break or the end. */
    qsizetype runEnd(qsizetype from) const
    {
        const qsizetype size = m_text.size();
        while (from < size) {
            const QChar c = m_text.at(from);
            if (c == m_separator || isLineBreak(c))
                break;
            ++from;
        }
        return from;
    }

    void skipLineBreak()
    {
        const bool cr = m_text.at(m_pos) == u'\r';
        ++m_pos;
        if (cr && m_pos < m_text.size() && m_text.at(m_pos) == u'\n')
            ++m_pos;
        ++m_line;
    }

    const QString &m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool isHeader(const QString &firstField)
{
    static const QStringList names {u"userPrincipalName"_s, u"user principal name"_s, u"UPN"_s, u"user"_s,
        u"username"_s, u"user name"_s, u"id"_s, u"objectId"_s, u"object id"_s, u"Användarnamn"_s,
        u"Användare"_s};
    const QString name = firstField.trimmed();
    for (const QString &known : names) {
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool allEmpty(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

/** Overwrites a string this function owns the only copy of, so a password does not linger. */
void wipe(QString &text)
{
    text.fill(QChar(0));
    text.clear();
}

BulkCsvImport::Problem malformed(const Record &record, BulkCsvImport::Malformation why)
{
    BulkCsvImport::Problem problem;
    problem.line = record.line;
    problem.kind = BulkCsvImport::ProblemKind::Malformed;
    problem.malformation = why;
    problem.value = record.fields.value(0).trimmed();
    return problem;
}

} // namespace

BulkCsvImport::Result BulkCsvImport::read(
    const QByteArray &csv, const QList<DirectoryUser> &users, const QString &tenantName)
{
    // Keys folded to lower case once: ids are GUIDs, UPNs compare case-insensitively in Entra.
    QHash<QString, qsizetype> byKey;
    byKey.reserve(users.size() * 2);
    for (qsizetype i = 0; i < users.size(); ++i) {
        const DirectoryUser &user = users.at(i);
        byKey.insert(user.id().toLower(), i);
        if (!user.userPrincipalName().isEmpty())
            byKey.insert(user.userPrincipalName().toLower(), i);
    }

    Result result;
    QString text;
    if (!SpreadsheetText::decode(csv, &text)) {
        Problem unreadable;
        unreadable.kind = ProblemKind::UnreadableEncoding;
        result.problems.append(unreadable);
        return result;
    }
    RecordReader reader(text, detectSeparator(text));
    // Per user index: the line it first appeared on (0 = not yet), cheaper than another hash.
    QList<int> firstLineOf(users.size(), 0);
    result.targets.reserve(qMin(users.size(), csv.count('\n') + 1));
    bool firstRecord = true;
    while (!reader.atEnd()) {
        Record record = reader.next();
        const auto wipePasswords = qScopeGuard([&record] {
            for (qsizetype i = 1; i < record.fields.size(); ++i)
                wipe(record.fields[i]);
        });
        if (record.unclosedQuote) {
            ++result.rowCount;
            result.problems.append(malformed(record, Malformation::UnclosedQuote));
            firstRecord = false;
            continue;
        }
        // Trailing empty fields come from spreadsheets with more (empty) columns.
        while (record.fields.size() > 2 && record.fields.last().trimmed().isEmpty())
            record.fields.removeLast();
        if (allEmpty(record.fields))
            continue;
        if (std::exchange(firstRecord, false) && isHeader(record.fields.first()))
            continue;
        ++result.rowCount;
        if (record.textAfterQuote) {
            result.problems.append(malformed(record, Malformation::TextAfterQuote));
            continue;
        }
        if (record.fields.size() > 2) {
            result.problems.append(malformed(record, Malformation::TooManyFields));
            continue;
        }
        const QString value = record.fields.first().trimmed();
        if (value.isEmpty()) {
            result.problems.append(malformed(record, Malformation::EmptyUser));
            continue;
        }

        Problem problem;
        problem.line = record.line;
        problem.value = value;
        const qsizetype index = byKey.value(value.toLower(), -1);
        if (index < 0) {
            problem.kind = ProblemKind::UnknownUser;
            result.problems.append(problem);
            continue;
        }
        const DirectoryUser &user = users.at(index);
        if (firstLineOf.at(index) != 0) {
            problem.kind = ProblemKind::Duplicate;
            problem.firstLine = firstLineOf.at(index);
            result.problems.append(problem);
            continue;
        }
        firstLineOf[index] = record.line;

        BulkTarget target;
        target.user = user;
        target.line = record.line;
        // A password of spaces only is a stray space after the separator, not a password.
        if (record.fields.size() == 2 && !record.fields.at(1).trimmed().isEmpty()) {
            ResetRequest request = ResetRequest::forUser(user);
            request.tenantName = tenantName;
            problem.passwordFailures
                = LocalPasswordRules::check(record.fields.at(1), request.passwordContext());
            target.password = SecretString(record.fields.at(1));
        }
        if (!problem.passwordFailures.isEmpty()) {
            problem.kind = ProblemKind::BadPassword;
            result.problems.append(problem);
            continue;
        }
        result.targets.append(target);
    }
    wipe(text);

    if (result.rowCount == 0) {
        Problem none;
        none.kind = ProblemKind::NoRows;
        result.problems.append(none);
    }
    return result;
}
