// SPDX-License-Identifier: MIT
#include "sandbox/UserFilter.h"

#include "sandbox/SandboxTenant.h"
#include "sandbox/UserJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

using Node = UserFilter::Node;

struct Token
{
    enum class Type { End, Open, Close, Comma, Word, String };
    Type type = Type::End;
    QString text;
};

/** Case-insensitive, as the directory compares strings. */
int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isBool() || b.isBool())
        return int(a.toBool()) - int(b.toBool());
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    return a.toString().compare(b.toString(), Qt::CaseInsensitive);
}

bool compare(const QJsonValue &value, const QString &op, const QJsonValue &literal)
{
    if (literal.isNull() || value.isNull()) {
        const bool same = literal.isNull() == value.isNull();
        return op == u"eq" ? same : (op == u"ne" ? !same : false);
    }
    const int order = compareValues(value, literal);
    if (op == u"eq")
        return order == 0;
    if (op == u"ne")
        return order != 0;
    if (op == u"gt")
        return order > 0;
    if (op == u"ge")
        return order >= 0;
    if (op == u"lt")
        return order < 0;
    return order <= 0; // le
}

bool evaluate(const Node &node, const SandboxUser &user, const QJsonValue *element)
{
    auto operand = [&](const Node &n) -> QJsonValue {
        if (element) {
            if (n.member.isEmpty())
                return *element;
            return element->toObject().value(n.member);
        }
        return UserJson::value(user, n.property);
    };
    switch (node.kind) {
    case Node::Kind::And:
        return evaluate(*node.children[0], user, element) && evaluate(*node.children[1], user, element);
    case Node::Kind::Or:
        return evaluate(*node.children[0], user, element) || evaluate(*node.children[1], user, element);
    case Node::Kind::Not:
        return !evaluate(*node.children[0], user, element);
    case Node::Kind::Compare:
        return compare(operand(node), node.op, node.literal);
    case Node::Kind::In: {
        const QJsonValue value = operand(node);
        for (const QJsonValue &candidate : node.list) {
            if (compare(value, u"eq"_s, candidate))
                return true;
        }
        return false;
    }
    case Node::Kind::StartsWith:
        return (element ? operand(node).toString() : UserJson::text(user, node.property))
            .startsWith(node.text, Qt::CaseInsensitive);
    case Node::Kind::EndsWith:
        return (element ? operand(node).toString() : UserJson::text(user, node.property))
            .endsWith(node.text, Qt::CaseInsensitive);
    case Node::Kind::Any: {
        const QJsonArray items = UserJson::value(user, node.property).toArray();
        for (const QJsonValue &item : items) {
            if (evaluate(*node.children[0], user, &item))
                return true;
        }
        return false;
    }
    case Node::Kind::Count:
        return compare(
            QJsonValue(double(UserJson::value(user, node.property).toArray().size())), node.op, node.literal);
    }
    return false;
}

} // namespace

/** Recursive descent over the tokens of one $filter. */
class UserFilterParser
{
public:
    UserFilterParser(const QString &text, UserFilter &filter)
        : m_text(text)
        , m_filter(filter)
    {
        advance();
    }

    std::unique_ptr<Node> parseAll()
    {
        auto node = parseOr();
        if (node && m_token.type != Token::Type::End)
            return fail(u"Invalid filter clause: syntax error at '%1'."_s.arg(m_token.text));
        return node;
    }

    UserFilter::ParseError error;

private:
    std::unique_ptr<Node> fail(const QString &message, const QString &code = u"BadRequest"_s)
    {
        if (error.message.isEmpty())
            error = {code, message};
        return nullptr;
    }

    void advance()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        m_token = {};
        if (m_pos >= m_text.size())
            return;
        const QChar c = m_text.at(m_pos);
        if (c == u'(' || c == u')' || c == u',') {
            m_token.type
                = c == u'(' ? Token::Type::Open : (c == u')' ? Token::Type::Close : Token::Type::Comma);
            m_token.text = c;
            ++m_pos;
            return;
        }
        if (c == u'\'') {
            m_token.type = Token::Type::String;
            ++m_pos;
            while (m_pos < m_text.size()) {
                if (m_text.at(m_pos) == u'\'') {
                    if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\'') {
                        m_token.text.append(u'\'');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    return;
                }
                m_token.text.append(m_text.at(m_pos++));
            }
            m_token.type = Token::Type::End; // unterminated literal
            m_unterminated = true;
            return;
        }
        m_token.type = Token::Type::Word;
        while (m_pos < m_text.size()) {
            const QChar w = m_text.at(m_pos);
            if (w.isSpace() || w == u'(' || w == u')' || w == u',' || w == u'\'')
                break;
            m_token.text.append(w);
            ++m_pos;
        }
    }

    bool isWord(const QString &word) const
    {
        return m_token.type == Token::Type::Word && m_token.text.compare(word, Qt::CaseInsensitive) == 0;
    }

    bool expect(Token::Type type)
    {
        if (m_token.type != type)
            return false;
        advance();
        return true;
    }

    void markAdvanced(const QString &property)
    {
        if (!m_filter.m_advanced)
            m_filter.m_advancedProperty = property;
        m_filter.m_advanced = true;
    }

    std::unique_ptr<Node> combine(Node::Kind kind, std::unique_ptr<Node> left, std::unique_ptr<Node> right)
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->children.push_back(std::move(left));
        node->children.push_back(std::move(right));
        return node;
    }

    std::unique_ptr<Node> parseOr()
    {
        auto left = parseAnd();
        while (left && isWord(u"or"_s)) {
            advance();
            auto right = parseAnd();
            if (!right)
                return nullptr;
            left = combine(Node::Kind::Or, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseAnd()
    {
        auto left = parseUnary();
        while (left && isWord(u"and"_s)) {
            advance();
            auto right = parseUnary();
            if (!right)
                return nullptr;
            left = combine(Node::Kind::And, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseUnary()
    {
        if (isWord(u"not"_s)) {
            advance();
            auto inner = parseUnary();
            if (!inner)
                return nullptr;
            markAdvanced(inner->property);
            auto node = std::make_unique<Node>();
            node->kind = Node::Kind::Not;
            node->children.push_back(std::move(inner));
            return node;
        }
        if (m_token.type == Token::Type::Open) {
            advance();
            auto inner = parseOr();
            if (!inner)
                return nullptr;
            if (!expect(Token::Type::Close))
                return fail(u"Invalid filter clause: ')' expected."_s);
            return inner;
        }
        return parseAtom();
    }

    std::optional<QJsonValue> parseLiteral()
    {
        if (m_token.type == Token::Type::String) {
            QJsonValue value(m_token.text);
            advance();
            return value;
        }
        if (m_token.type != Token::Type::Word)
            return std::nullopt;
        const QString word = m_token.text;
        advance();
        if (word == u"null")
            return QJsonValue(QJsonValue::Null);
        if (word == u"true" || word == u"false")
            return QJsonValue(word == u"true");
        bool isNumber = false;
        const double number = word.toDouble(&isNumber);
        if (isNumber)
            return QJsonValue(number);
        // Unquoted GUIDs and DateTimeOffset values compare as their text.
        return QJsonValue(word);
    }

    /** A property path; inside a lambda "<variable>" or "<variable>/member". */
    bool parseOperand(Node &node, const QString &word)
    {
        if (!m_lambdaVariable.isEmpty()) {
            if (word == m_lambdaVariable)
                return true;
            if (word.startsWith(m_lambdaVariable + u'/')) {
                node.member = word.mid(m_lambdaVariable.size() + 1);
                return true;
            }
        }
        const std::optional<QString> canonical = UserJson::canonicalName(word);
        if (!canonical) {
            fail(u"Could not find a property named '%1' on type 'microsoft.graph.user'."_s.arg(word));
            return false;
        }
        node.property = *canonical;
        return true;
    }

    std::unique_ptr<Node> parseFunction(const QString &name)
    {
        advance(); // '('
        auto node = std::make_unique<Node>();
        node->kind = name == u"startswith" ? Node::Kind::StartsWith : Node::Kind::EndsWith;
        if (m_token.type != Token::Type::Word)
            return fail(u"Invalid filter clause: property expected in %1."_s.arg(name));
        const QString operand = m_token.text;
        advance();
        if (!parseOperand(*node, operand))
            return nullptr;
        if (!expect(Token::Type::Comma))
            return fail(u"Invalid filter clause: ',' expected in %1."_s.arg(name));
        if (m_token.type != Token::Type::String)
            return fail(u"Invalid filter clause: string literal expected in %1."_s.arg(name));
        node->literal = m_token.text;
        node->text = m_token.text;
        advance();
        if (!expect(Token::Type::Close))
            return fail(u"Invalid filter clause: ')' expected."_s);
        if (node->kind == Node::Kind::EndsWith)
            markAdvanced(node->property);
        return node;
    }

    std::unique_ptr<Node> parseLambda(const QString &collection)
    {
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Any;
        if (!parseOperand(*node, collection))
            return nullptr;
        if (node->property != u"otherMails" && node->property != u"assignedLicenses"
            && node->property != u"businessPhones") {
            return fail(
                u"Unsupported or invalid query filter clause specified for property '%1' of resource 'User'."_s
                    .arg(node->property),
                u"Request_UnsupportedQuery"_s);
        }
        advance(); // '('
        if (m_token.type != Token::Type::Word || !m_token.text.contains(u':'))
            return fail(u"Invalid filter clause: lambda variable expected."_s);
        // "a:a/skuId" arrives as one word: split the variable from the body's first operand.
        const QString head = m_token.text;
        m_lambdaVariable = head.section(u':', 0, 0);
        const QString firstWord = head.section(u':', 1);
        m_token.text = firstWord;
        if (firstWord.isEmpty())
            advance();
        auto body = parseOr();
        m_lambdaVariable.clear();
        if (!body)
            return nullptr;
        if (!expect(Token::Type::Close))
            return fail(u"Invalid filter clause: ')' expected."_s);
        node->children.push_back(std::move(body));
        return node;
    }

    std::unique_ptr<Node> parseAtom()
    {
        if (m_unterminated)
            return fail(u"Invalid filter clause: unterminated string literal."_s);
        if (m_token.type != Token::Type::Word)
            return fail(u"Invalid filter clause: expression expected."_s);
        const QString word = m_token.text;
        advance();
        const QString lower = word.toLower();
        if ((lower == u"startswith" || lower == u"endswith") && m_token.type == Token::Type::Open)
            return parseFunction(lower);
        if (lower.endsWith(u"/any") && m_token.type == Token::Type::Open)
            return parseLambda(word.chopped(4));

        auto node = std::make_unique<Node>();
        if (lower.endsWith(u"/$count")) {
            node->kind = Node::Kind::Count;
            if (!parseOperand(*node, word.chopped(7)))
                return nullptr;
            markAdvanced(node->property);
        } else if (!parseOperand(*node, word)) {
            return nullptr;
        }
        if (m_token.type != Token::Type::Word)
            return fail(u"Invalid filter clause: operator expected after '%1'."_s.arg(word));
        const QString op = m_token.text.toLower();
        advance();
        if (op == u"in") {
            if (node->kind == Node::Kind::Count || !expect(Token::Type::Open))
                return fail(u"Invalid filter clause: '(' expected after 'in'."_s);
            node->kind = Node::Kind::In;
            while (m_token.type != Token::Type::Close) {
                const std::optional<QJsonValue> literal = parseLiteral();
                if (!literal)
                    return fail(u"Invalid filter clause: literal expected in 'in' list."_s);
                node->list.append(*literal);
                if (m_token.type == Token::Type::Comma)
                    advance();
                else if (m_token.type != Token::Type::Close)
                    return fail(u"Invalid filter clause: ',' or ')' expected."_s);
            }
            advance();
            return node;
        }
        static const QStringList operators {u"eq"_s, u"ne"_s, u"gt"_s, u"ge"_s, u"lt"_s, u"le"_s};
        if (!operators.contains(op))
            return fail(u"Invalid filter clause: unknown operator '%1'."_s.arg(op));
        node->op = op;
        const std::optional<QJsonValue> literal = parseLiteral();
        if (!literal)
            return fail(u"Invalid filter clause: literal expected after '%1'."_s.arg(op));
        node->literal = *literal;
        if (m_lambdaVariable.isEmpty() && (op == u"ne" || literal->isNull()))
            markAdvanced(node->property);
        return node;
    }

    QString m_text;
    UserFilter &m_filter;
    qsizetype m_pos = 0;
    Token m_token;
    bool m_unterminated = false;
    QString m_lambdaVariable;
};

std::shared_ptr<const UserFilter> UserFilter::parse(const QString &text, ParseError *error)
{
    auto filter = std::make_shared<UserFilter>();
    UserFilterParser parser(text, *filter);
    filter->m_root = parser.parseAll();
    if (!filter->m_root) {
        if (error)
            *error = parser.error.message.isEmpty()
                ? ParseError {u"BadRequest"_s, u"Invalid filter clause: empty expression."_s}
                : parser.error;
        return nullptr;
    }
    return filter;
}

bool UserFilter::matches(const SandboxUser &user) const
{
    return m_root && evaluate(*m_root, user, nullptr);
}
