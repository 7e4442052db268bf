// SPDX-License-Identifier: Apache-2.0
#include "yamlreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <yaml-cpp/yaml.h>
#include <yaml.h>

#include <cmath>
#include <string_view>
#include <unordered_map>

namespace atrium {

namespace {

struct Pos {
    int line = -1; // 0-based, -1 unknown
    int column = -1;
};

struct LimitExceeded {
    QString message;
    Pos pos;
};

/** Resolves a plain scalar with the YAML 1.2 core schema. */
QJsonValue resolvePlain(const char *s, size_t n)
{
    if (n == 0)
        return QJsonValue(QJsonValue::Null);
    const char c0 = s[0];
    // Fast path: most scalars in a catalog file are words.
    const bool maybeSpecial = (c0 >= '0' && c0 <= '9') || c0 == '-' || c0 == '+' || c0 == '.' || c0 == '~'
        || c0 == 'n' || c0 == 'N' || c0 == 't' || c0 == 'T' || c0 == 'f' || c0 == 'F';
    if (!maybeSpecial || n > 32)
        return QJsonValue(QString::fromUtf8(s, qsizetype(n)));
    const std::string_view v(s, n);
    if (v == "~" || v == "null" || v == "Null" || v == "NULL")
        return QJsonValue(QJsonValue::Null);
    if (v == "true" || v == "True" || v == "TRUE")
        return QJsonValue(true);
    if (v == "false" || v == "False" || v == "FALSE")
        return QJsonValue(false);
    if (v == ".inf" || v == ".Inf" || v == ".INF" || v == "+.inf" || v == "+.Inf" || v == "+.INF")
        return QJsonValue(std::numeric_limits<double>::infinity());
    if (v == "-.inf" || v == "-.Inf" || v == "-.INF")
        return QJsonValue(-std::numeric_limits<double>::infinity());
    if (v == ".nan" || v == ".NaN" || v == ".NAN")
        return QJsonValue(std::nan(""));
    const QString q = QString::fromUtf8(s, qsizetype(n));
    static const QRegularExpression intRe(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression octRe(QStringLiteral("^0o[0-7]+$"));
    static const QRegularExpression hexRe(QStringLiteral("^0x[0-9a-fA-F]+$"));
    static const QRegularExpression floatRe(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    bool ok = false;
    if (intRe.match(q).hasMatch()) {
        const qlonglong i = q.toLongLong(&ok);
        if (ok && std::llabs(i) < (1LL << 53))
            return QJsonValue(i);
        return QJsonValue(q.toDouble());
    }
    if (octRe.match(q).hasMatch())
        return QJsonValue(double(q.mid(2).toULongLong(&ok, 8)));
    if (hexRe.match(q).hasMatch())
        return QJsonValue(double(q.mid(2).toULongLong(&ok, 16)));
    if (floatRe.match(q).hasMatch())
        return QJsonValue(q.toDouble());
    return QJsonValue(q);
}

QJsonValue resolveTagged(std::string_view tag, const char *s, size_t n, Pos pos)
{
    static constexpr std::string_view core = "tag:yaml.org,2002:";
    if (tag.substr(0, core.size()) == core) {
        const std::string_view t = tag.substr(core.size());
        if (t == "str")
            return QJsonValue(QString::fromUtf8(s, qsizetype(n)));
        const QJsonValue v = resolvePlain(s, n);
        if ((t == "int" || t == "float") && v.isDouble())
            return v;
        if (t == "bool" && v.isBool())
            return v;
        if (t == "null" && v.isNull())
            return v;
        throw LimitExceeded{QStringLiteral("value \"%1\" is not a valid !!%2")
                                .arg(QString::fromUtf8(s, qsizetype(n)), QString::fromUtf8(t.data(), qsizetype(t.size()))),
                            pos};
    }
    // Custom tags ("!Ref" and the like) mean nothing to the catalog: keep the text.
    return QJsonValue(QString::fromUtf8(s, qsizetype(n)));
}

/** Builds JSON values from a stream of YAML events. */
class JsonBuilder
{
public:
    JsonBuilder(const YamlLimits &limits) : m_limits(limits) {}

    QList<YamlDocument> documents;
    int rawIndex = -1;

    void documentStart()
    {
        ++rawIndex;
        m_haveRoot = false;
        m_rootIsNull = false;
        m_anchors.clear();
        m_stack.clear();
    }
    void documentEnd()
    {
        if (!m_haveRoot || m_rootIsNull)
            return; // empty or comment-only document
        YamlDocument d;
        d.root = m_root;
        d.index = int(documents.size());
        d.rawIndex = rawIndex;
        d.line = m_rootPos.line + 1;
        d.column = m_rootPos.column + 1;
        documents.append(d);
    }
    void alias(Pos pos, const std::string &anchor)
    {
        auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            throw LimitExceeded{QStringLiteral("unknown alias *%1").arg(QString::fromStdString(anchor)), pos};
        // QJsonValue copies share their data, so memory stays flat; the node
        // count is what expanding this alias would cost a consumer.
        add(it->second.first, pos, {}, it->second.second);
    }
    void scalar(Pos pos, const char *tag, const std::string &anchor, const char *value, size_t length, bool plain)
    {
        if (qint64(length) > m_limits.maxScalarBytes)
            throw LimitExceeded{QStringLiteral("a scalar of %1 bytes exceeds the limit of %2 bytes").arg(length).arg(m_limits.maxScalarBytes), pos};
        if (!m_stack.empty() && m_stack.back().isMap && !m_stack.back().haveKey) {
            // A mapping key: always text for the catalog.
            Frame &f = m_stack.back();
            f.key = QString::fromUtf8(value, qsizetype(length));
            f.keyPos = pos;
            f.haveKey = true;
            countNodes(1, pos);
            if (!anchor.empty())
                m_anchors[anchor] = {QJsonValue(f.key), 1};
            return;
        }
        QJsonValue v;
        if (!tag || !*tag)
            v = plain ? resolvePlain(value, length) : QJsonValue(QString::fromUtf8(value, qsizetype(length)));
        else if (tag[0] == '!' && tag[1] == 0)
            v = QJsonValue(QString::fromUtf8(value, qsizetype(length)));
        else
            v = resolveTagged(tag, value, length, pos);
        add(v, pos, anchor, 1);
    }
    void collectionStart(bool isMap, Pos pos, const std::string &anchor)
    {
        if (!m_stack.empty() && m_stack.back().isMap && !m_stack.back().haveKey)
            throw LimitExceeded{QStringLiteral("complex mapping keys are not supported"), pos};
        if (int(m_stack.size()) >= m_limits.maxDepth)
            throw LimitExceeded{QStringLiteral("nesting deeper than %1 levels").arg(m_limits.maxDepth), pos};
        countNodes(1, pos);
        Frame f;
        f.isMap = isMap;
        f.pos = pos;
        f.anchor = anchor;
        m_stack.push_back(std::move(f));
    }
    void collectionEnd()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        QJsonValue v = f.isMap ? QJsonValue(std::move(f.obj)) : QJsonValue(std::move(f.arr));
        if (!f.anchor.empty())
            m_anchors[f.anchor] = {v, f.nodes};
        attach(v, f.pos, f.nodes);
    }

private:
    struct Frame {
        bool isMap = false;
        QJsonObject obj;
        QJsonArray arr;
        QString key;
        Pos keyPos;
        bool haveKey = false;
        Pos pos;
        std::string anchor;
        qint64 nodes = 1;
    };

    void countNodes(qint64 n, Pos pos)
    {
        m_nodes += n;
        if (m_nodes > m_limits.maxNodes)
            throw LimitExceeded{QStringLiteral("the document expands to more than %1 nodes (alias expansion or size limit)").arg(m_limits.maxNodes), pos};
    }

    void add(const QJsonValue &v, Pos pos, const std::string &anchor, qint64 nodes)
    {
        countNodes(nodes, pos);
        if (!anchor.empty())
            m_anchors[anchor] = {v, nodes};
        if (!m_stack.empty() && m_stack.back().isMap && !m_stack.back().haveKey) {
            // An alias used as a key.
            Frame &f = m_stack.back();
            if (!v.isString() && !v.isNull() && !v.isDouble() && !v.isBool())
                throw LimitExceeded{QStringLiteral("complex mapping keys are not supported"), pos};
            f.key = v.isString() ? v.toString() : v.toVariant().toString();
            f.keyPos = pos;
            f.haveKey = true;
            return;
        }
        attach(v, pos, nodes);
    }

    void attach(const QJsonValue &v, Pos pos, qint64 nodes)
    {
        if (m_stack.empty()) {
            m_root = v;
            m_rootPos = pos;
            m_haveRoot = true;
            m_rootIsNull = v.isNull();
            return;
        }
        Frame &f = m_stack.back();
        f.nodes += nodes;
        if (f.isMap) {
            // One lookup: an insert that does not grow the map replaced a key.
            const qsizetype before = f.obj.size();
            f.obj.insert(f.key, v);
            if (f.obj.size() == before)
                throw LimitExceeded{QStringLiteral("duplicate mapping key \"%1\"").arg(f.key), f.keyPos};
            f.haveKey = false;
        } else {
            f.arr.append(v);
        }
    }

    const YamlLimits &m_limits;
    Pos m_rootPos;
    QJsonValue m_root;
    bool m_haveRoot = false;
    bool m_rootIsNull = false;
    qint64 m_nodes = 0;
    std::vector<Frame> m_stack;
    std::unordered_map<std::string, std::pair<QJsonValue, qint64>> m_anchors;
};

Diagnostic makeError(const QString &file, Pos pos, const QString &message)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.file = file;
    d.line = pos.line >= 0 ? pos.line + 1 : 0;
    d.column = pos.column >= 0 ? pos.column + 1 : 0;
    d.message = message;
    return d;
}

/** Tabs are not indentation in YAML; the parser's own message for them is
 *  confusing ("found character that cannot start any token"), so name the
 *  real problem. */
bool findIndentTab(const QByteArray &data, int *line, int *col)
{
    int ln = 1;
    bool atLineStart = true;
    int c = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char ch = data.at(i);
        if (ch == '\n') {
            ++ln;
            atLineStart = true;
            c = 0;
            continue;
        }
        ++c;
        if (atLineStart) {
            if (ch == ' ')
                continue;
            if (ch == '\t') {
                qsizetype j = i;
                while (j < data.size() && (data.at(j) == '\t' || data.at(j) == ' '))
                    ++j;
                if (j < data.size() && data.at(j) != '\n' && data.at(j) != '\r' && data.at(j) != '#') {
                    *line = ln;
                    *col = c;
                    return true;
                }
            }
            atLineStart = false;
        }
    }
    return false;
}

/** Owns a libyaml event and frees it whatever happens. */
struct Event {
    yaml_event_t e{};
    bool live = false;
    ~Event()
    {
        if (live)
            yaml_event_delete(&e);
    }
};

struct Parser {
    yaml_parser_t p{};
    Parser() { yaml_parser_initialize(&p); }
    ~Parser() { yaml_parser_delete(&p); }
};

inline Pos posOf(const yaml_mark_t &m)
{
    return Pos{int(m.line), int(m.column)};
}

inline std::string str(const yaml_char_t *s)
{
    return s ? std::string(reinterpret_cast<const char *>(s)) : std::string();
}

} // namespace

YamlParseResult parseYaml(const QByteArray &data, const QString &file, const YamlLimits &limits)
{
    YamlParseResult result;
    if (data.size() > limits.maxFileBytes) {
        result.diagnostics.append(makeError(file, {},
            QStringLiteral("file is %1 bytes, over the limit of %2 bytes").arg(data.size()).arg(limits.maxFileBytes)));
        return result;
    }
    // Most catalog files are ASCII: a scan is far cheaper than decoding.
    bool ascii = true;
    for (const char c : data)
        if (c & 0x80) {
            ascii = false;
            break;
        }
    if (!ascii) {
        QStringDecoder dec(QStringDecoder::Utf8);
        (void)QString(dec.decode(data));
        if (dec.hasError()) {
            result.diagnostics.append(makeError(file, {}, QStringLiteral("file is not valid UTF-8")));
            return result;
        }
    }
    // libyaml drives the builder: Debian's C reference parser gives the same
    // events as yaml-cpp's, with positions, about ten times faster (yaml-cpp's
    // scanner was 65% of an import under callgrind and capped it near 10k
    // entities/s per core). yaml-cpp stays for locating diagnostics.
    JsonBuilder builder(limits);
    Parser parser;
    yaml_parser_set_input_string(&parser.p, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
    try {
        for (;;) {
            Event ev;
            if (!yaml_parser_parse(&parser.p, &ev.e)) {
                int tl = 0, tc = 0;
                const Pos pos = posOf(parser.p.problem_mark);
                if (findIndentTab(data, &tl, &tc) && tl <= pos.line + 1) {
                    Diagnostic d;
                    d.file = file;
                    d.line = tl;
                    d.column = tc;
                    d.message = QStringLiteral("tab character used for indentation (YAML allows only spaces)");
                    result.diagnostics.append(d);
                } else {
                    QString msg = QString::fromUtf8(parser.p.problem ? parser.p.problem : "unknown problem");
                    if (parser.p.context)
                        msg = QString::fromUtf8(parser.p.context) + QStringLiteral(", ") + msg;
                    result.diagnostics.append(makeError(file, pos, QStringLiteral("YAML syntax error: %1").arg(msg)));
                }
                break;
            }
            ev.live = true;
            const yaml_event_t &e = ev.e;
            const Pos pos = posOf(e.start_mark);
            switch (e.type) {
            case YAML_STREAM_END_EVENT:
                goto done;
            case YAML_DOCUMENT_START_EVENT:
                builder.documentStart();
                break;
            case YAML_DOCUMENT_END_EVENT:
                builder.documentEnd();
                break;
            case YAML_ALIAS_EVENT:
                builder.alias(pos, str(e.data.alias.anchor));
                break;
            case YAML_SCALAR_EVENT:
                builder.scalar(pos, reinterpret_cast<const char *>(e.data.scalar.tag), str(e.data.scalar.anchor),
                               reinterpret_cast<const char *>(e.data.scalar.value), e.data.scalar.length,
                               e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE);
                break;
            case YAML_SEQUENCE_START_EVENT:
                builder.collectionStart(false, pos, str(e.data.sequence_start.anchor));
                break;
            case YAML_MAPPING_START_EVENT:
                builder.collectionStart(true, pos, str(e.data.mapping_start.anchor));
                break;
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT:
                builder.collectionEnd();
                break;
            default:
                break;
            }
        }
    done:;
    } catch (const LimitExceeded &e) {
        result.diagnostics.append(makeError(file, e.pos, e.message));
    }
    result.documents = std::move(builder.documents);
    return result;
}

struct YamlLocator::Private {
    std::vector<YAML::Node> docs;
    bool loaded = false;
};

YamlLocator::YamlLocator(const QByteArray &data) : m_data(data), d(std::make_unique<Private>()) {}
YamlLocator::~YamlLocator() = default;

std::pair<int, int> YamlLocator::locate(int rawIndex, const QStringList &path)
{
    try {
        if (!d->loaded) {
            d->loaded = true;
            d->docs = YAML::LoadAll(std::string(m_data.constData(), size_t(m_data.size())));
        }
        const auto &docs = d->docs;
        if (rawIndex < 0 || rawIndex >= int(docs.size()))
            return {0, 0};
        YAML::Node node;
        node.reset(docs[size_t(rawIndex)]);
        YAML::Mark best = node.Mark();
        for (const QString &p : path) {
            YAML::Node next;
            if (node.IsMap()) {
                bool found = false;
                for (auto it = node.begin(); it != node.end(); ++it) {
                    if (QString::fromStdString(it->first.Scalar()) == p) {
                        next = it->second;
                        // A missing or null value has no position of its own:
                        // point at its key.
                        best = (it->second.IsNull() || it->second.Mark().line < 0) ? it->first.Mark() : it->second.Mark();
                        found = true;
                        break;
                    }
                }
                if (!found)
                    break;
            } else if (node.IsSequence()) {
                bool ok = false;
                const int i = p.toInt(&ok);
                if (!ok || i < 0 || size_t(i) >= node.size())
                    break;
                next = node[size_t(i)];
                best = next.Mark();
            } else {
                break;
            }
            node.reset(next); // operator= would write into the tree
        }
        if (best.line < 0)
            return {0, 0};
        return {best.line + 1, best.column + 1};
    } catch (...) {
        return {0, 0};
    }
}

} // namespace atrium
