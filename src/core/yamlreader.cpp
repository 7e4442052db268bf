// SPDX-License-Identifier: Apache-2.0
#include "yamlreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>
#include <yaml.h>

#include <cmath>
#include <cstdio>
#include <sstream>
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

/** Whether a plain scalar could be something other than a string under the
 *  core schema (null, a boolean, a number). Most scalars in a catalog file
 *  are words, and this spares them resolution and its allocations. */
bool couldBeNonString(const char *s, size_t n)
{
    if (n == 0)
        return true;
    if (n > 32)
        return false;
    const char c0 = s[0];
    return (c0 >= '0' && c0 <= '9') || c0 == '-' || c0 == '+' || c0 == '.' || c0 == '~' || c0 == 'n' || c0 == 'N'
        || c0 == 't' || c0 == 'T' || c0 == 'f' || c0 == 'F';
}

/** Resolves a plain scalar with the YAML 1.2 core schema. */
QJsonValue resolvePlain(const char *s, size_t n)
{
    if (n == 0)
        return QJsonValue(QJsonValue::Null);
    if (!couldBeNonString(s, n))
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

/** Appends @p s to @p out as a JSON string literal. */
void appendJsonString(QByteArray &out, const char *s, size_t n)
{
    out.append('"');
    size_t run = 0; // bytes since the last escape, appended in one go
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s + run, qsizetype(i - run));
        run = i + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\r': out.append("\\r", 2); break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out.append(buf, 6);
        }
        }
    }
    out.append(s + run, qsizetype(n - run));
    out.append('"');
}

/** Appends the JSON form of a resolved scalar. */
void appendJsonValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: out.append("null", 4); break;
    case QJsonValue::Bool: v.toBool() ? out.append("true", 4) : out.append("false", 5); break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            out.append("null", 4); // JSON has no infinity or NaN
        } else if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0) {
            out.append(QByteArray::number(qint64(d)));
        } else {
            out.append(QByteArray::number(d, 'g', 17));
        }
        break;
    }
    default: {
        const QByteArray u = v.toString().toUtf8();
        appendJsonString(out, u.constData(), size_t(u.size()));
    }
    }
}

/** Turns a stream of YAML events into compact JSON text, which Qt's JSON
 *  parser then reads in one pass. Building QJsonObjects value by value cost
 *  more than the YAML parse itself; text is cheap to append, and the same
 *  text is what the cache stores. */
class JsonBuilder
{
public:
    JsonBuilder(const YamlLimits &limits) : m_limits(limits) {}

    QList<YamlDocument> documents;
    QList<QByteArray> texts; ///< compact JSON of each document, same order
    int rawIndex = -1;

    void reserve(qsizetype bytes) { m_reserve = bytes; }

    void documentStart()
    {
        ++rawIndex;
        m_out.clear();
        m_out.reserve(m_reserve);
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
        if (m_rootIsScalar) {
            d.root = m_rootScalar;
        } else {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(m_out, &pe);
            if (pe.error != QJsonParseError::NoError)
                throw LimitExceeded{QStringLiteral("internal error converting the document: %1").arg(pe.errorString()), m_rootPos};
            d.root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        }
        d.index = int(documents.size());
        d.rawIndex = rawIndex;
        d.line = m_rootPos.line + 1;
        d.column = m_rootPos.column + 1;
        d.json = QByteArray(m_out.constData(), m_out.size()); // exact size: m_out keeps its reserve
        documents.append(d);
    }
    void alias(Pos pos, const std::string &anchor)
    {
        auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            throw LimitExceeded{QStringLiteral("unknown alias *%1").arg(QString::fromStdString(anchor)), pos};
        const Anchor a = it->second; // copied: the map may grow below
        if (isKeyPosition()) {
            if (!a.isScalar)
                throw LimitExceeded{QStringLiteral("complex mapping keys are not supported"), pos};
            key(pos, a.keyText);
            countNodes(1, pos);
            return;
        }
        countNodes(a.nodes, pos);
        if (qint64(m_out.size()) + (a.end - a.begin) > m_limits.maxFileBytes * 4)
            throw LimitExceeded{QStringLiteral("alias expansion makes the document larger than %1 bytes").arg(m_limits.maxFileBytes * 4), pos};
        beforeValue(pos);
        m_out.append(m_out.constData() + a.begin, a.end - a.begin);
        afterValue(a.nodes);
        if (m_stack.empty() && a.isScalar) {
            m_rootIsScalar = true;
            m_rootScalar = a.scalar;
        }
    }
    void scalar(Pos pos, const char *tag, const std::string &anchor, const char *value, size_t length, bool plain)
    {
        if (qint64(length) > m_limits.maxScalarBytes)
            throw LimitExceeded{QStringLiteral("a scalar of %1 bytes exceeds the limit of %2 bytes").arg(length).arg(m_limits.maxScalarBytes), pos};
        countNodes(1, pos);
        if (isKeyPosition()) {
            // A mapping key: always text for the catalog.
            const std::string k(value, length);
            if (!anchor.empty())
                m_anchors[anchor] = Anchor{0, 0, 1, true, k, QJsonValue(QString::fromUtf8(value, qsizetype(length)))};
            key(pos, k);
            return;
        }
        QJsonValue v;
        bool isString;
        if (!tag || !*tag) {
            if (plain) {
                if (couldBeNonString(value, length)) {
                    v = resolvePlain(value, length);
                    isString = v.isString();
                } else {
                    isString = true;
                }
            } else {
                isString = true;
            }
        } else if (tag[0] == '!' && tag[1] == 0) {
            isString = true;
        } else {
            v = resolveTagged(tag, value, length, pos);
            isString = v.isString();
        }
        beforeValue(pos);
        const qsizetype begin = m_out.size();
        if (isString)
            appendJsonString(m_out, value, length);
        else
            appendJsonValue(m_out, v);
        if (m_stack.empty()) {
            m_rootIsScalar = true;
            m_rootScalar = isString ? QJsonValue(QString::fromUtf8(value, qsizetype(length))) : v;
        }
        if (!anchor.empty())
            m_anchors[anchor] = Anchor{begin, m_out.size(), 1, true, std::string(value, length),
                                       isString ? QJsonValue(QString::fromUtf8(value, qsizetype(length))) : v};
        afterValue(1);
    }
    void collectionStart(bool isMap, Pos pos, const std::string &anchor)
    {
        if (isKeyPosition())
            throw LimitExceeded{QStringLiteral("complex mapping keys are not supported"), pos};
        if (int(m_stack.size()) >= m_limits.maxDepth)
            throw LimitExceeded{QStringLiteral("nesting deeper than %1 levels").arg(m_limits.maxDepth), pos};
        countNodes(1, pos);
        beforeValue(pos);
        Frame f;
        f.isMap = isMap;
        f.pos = pos;
        f.anchor = anchor;
        f.begin = m_out.size();
        m_stack.push_back(std::move(f));
        m_out.append(isMap ? '{' : '[');
    }
    void collectionEnd()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        m_out.append(f.isMap ? '}' : ']');
        if (!f.anchor.empty())
            m_anchors[f.anchor] = Anchor{f.begin, m_out.size(), f.nodes, false, {}, {}};
        afterValue(f.nodes);
        if (m_stack.empty())
            m_rootIsScalar = false;
    }

private:
    struct Frame {
        bool isMap = false;
        bool haveKey = false;
        int count = 0;
        Pos pos;
        std::string anchor;
        qsizetype begin = 0;
        qint64 nodes = 1;
        std::vector<std::string> keys; // for duplicate detection
    };
    struct Anchor {
        qsizetype begin;
        qsizetype end;
        qint64 nodes;
        bool isScalar;
        std::string keyText;
        QJsonValue scalar;
    };

    bool isKeyPosition() const { return !m_stack.empty() && m_stack.back().isMap && !m_stack.back().haveKey; }

    void key(Pos pos, const std::string &k)
    {
        Frame &f = m_stack.back();
        for (const auto &existing : f.keys)
            if (existing == k)
                throw LimitExceeded{QStringLiteral("duplicate mapping key \"%1\"").arg(QString::fromStdString(k)), pos};
        f.keys.push_back(k);
        if (f.count++)
            m_out.append(',');
        appendJsonString(m_out, k.data(), k.size());
        m_out.append(':');
        f.haveKey = true;
    }

    void beforeValue(Pos pos)
    {
        if (m_stack.empty()) {
            m_rootPos = pos;
            m_haveRoot = true;
            return;
        }
        Frame &f = m_stack.back();
        if (!f.isMap && f.count++)
            m_out.append(',');
    }

    void afterValue(qint64 nodes)
    {
        if (m_stack.empty()) {
            m_rootIsNull = m_out == "null";
            return;
        }
        Frame &f = m_stack.back();
        f.nodes += nodes;
        if (f.isMap)
            f.haveKey = false;
    }

    void countNodes(qint64 n, Pos pos)
    {
        m_nodes += n;
        if (m_nodes > m_limits.maxNodes)
            throw LimitExceeded{QStringLiteral("the document expands to more than %1 nodes (alias expansion or size limit)").arg(m_limits.maxNodes), pos};
    }

    const YamlLimits &m_limits;
    qsizetype m_reserve = 0;
    QByteArray m_out;
    Pos m_rootPos;
    bool m_haveRoot = false;
    bool m_rootIsNull = false;
    bool m_rootIsScalar = false;
    QJsonValue m_rootScalar;
    qint64 m_nodes = 0;
    std::vector<Frame> m_stack;
    std::unordered_map<std::string, Anchor> m_anchors;
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
    builder.reserve(data.size() + data.size() / 4);
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

QByteArray wellFormedYamlPrefix(const QByteArray &data)
{
    Parser parser;
    yaml_parser_set_input_string(&parser.p, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
    yaml_mark_t end{};
    for (;;) {
        Event ev;
        if (!yaml_parser_parse(&parser.p, &ev.e))
            break;
        ev.live = true;
        if (ev.e.type == YAML_STREAM_END_EVENT)
            return data;
        if (ev.e.type == YAML_DOCUMENT_END_EVENT)
            end = ev.e.end_mark;
    }
    // libyaml's marks count lines and characters, not bytes (and line 0
    // starts after a BOM): walk to the byte the last complete document
    // ended at.
    qsizetype at = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (size_t line = 0; line < end.line && at < data.size(); ++at) {
        if (data[at] == '\n' || (data[at] == '\r' && (at + 1 >= data.size() || data[at + 1] != '\n')))
            ++line;
    }
    for (size_t column = 0; column < end.column && at < data.size(); ++column) {
        ++at;
        while (at < data.size() && (uchar(data[at]) & 0xC0) == 0x80)
            ++at; // the rest of a UTF-8 sequence
    }
    return data.left(at);
}

namespace {
/** Counts yaml-cpp's events and gives up past a bound. */
struct CountingHandler final : YAML::EventHandler {
    struct TooMany {};
    qint64 left;
    explicit CountingHandler(qint64 bound) : left(bound) {}
    void count()
    {
        if (--left < 0)
            throw TooMany{};
    }
    void OnDocumentStart(const YAML::Mark &) override { count(); }
    void OnDocumentEnd() override { count(); }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { count(); }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { count(); }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override { count(); }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override { count(); }
    void OnSequenceEnd() override { count(); }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override { count(); }
    void OnMapEnd() override { count(); }
};
} // namespace

std::string nodeParserInput(const QByteArray &data)
{
    const QByteArray prefix = wellFormedYamlPrefix(data);
    std::string text(prefix.constData(), size_t(prefix.size()));
    // A YAML text cannot hold many more nodes than bytes (aliases are events
    // of their own, not expanded); yaml-cpp 0.7 emits events without end on
    // some input libyaml accepts (tests/fuzz/regressions/formschema).
    try {
        std::istringstream in(text);
        YAML::Parser parser(in);
        CountingHandler handler(4 * qint64(text.size()) + 1024);
        while (parser.HandleNextDocument(handler)) {
        }
    } catch (const CountingHandler::TooMany &) {
        return {};
    } catch (...) {
        // A syntax error: LoadAll throws it too, and its callers handle it.
    }
    return text;
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
            // yaml-cpp 0.7 can loop without end on some input (found by
            // fuzzing): see nodeParserInput().
            d->docs = YAML::LoadAll(nodeParserInput(m_data));
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

QJsonValue resolvePlainScalar(const QByteArray &text)
{
    return resolvePlain(text.constData(), size_t(text.size()));
}

} // namespace atrium
