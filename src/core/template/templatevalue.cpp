// SPDX-License-Identifier: Apache-2.0
#include "templatevalue_p.h"

#include "templateast_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>

namespace atrium::tmpl::detail {

namespace {

void checkDepth(int depth)
{
    if (depth > kMaxValueDepth)
        fail(QStringLiteral("value nested more than %1 levels deep").arg(kMaxValueDepth), 0, 0);
}

// Containers become their string form for `+`, `<` and `==`, as
// JavaScript's ToPrimitive does for arrays and plain objects.
QJsonValue toPrimitive(const QJsonValue &v)
{
    if (v.isArray() || v.isObject())
        return QJsonValue(toJsString(v));
    return v;
}

bool deepEquals(const QJsonValue &a, const QJsonValue &b, int depth)
{
    checkDepth(depth);
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!deepEquals(x.at(i), y.at(i), depth + 1))
                return false;
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.size() != y.size())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            const auto other = y.constFind(it.key());
            if (other == y.constEnd() || !deepEquals(it.value(), other.value(), depth + 1))
                return false;
        }
        return true;
    }
    default:
        return a == b;
    }
}

void quoteJson(const QString &s, QString &out)
{
    out += u'"';
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\b': out += QLatin1String("\\b"); break;
        case u'\f': out += QLatin1String("\\f"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        default:
            if (u < 0x20) {
                out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            } else if (c.isHighSurrogate() && i + 1 < n && s.at(i + 1).isLowSurrogate()) {
                out += c;
                out += s.at(++i);
            } else if (c.isSurrogate()) {
                // A lone surrogate: well-formed JSON.stringify escapes it.
                out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    out += u'"';
}

bool stringify(const QJsonValue &v, const QString &gap, const QString &indent, QString &out, int depth)
{
    checkDepth(depth);
    switch (v.type()) {
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Null:
        out += QLatin1String("null");
        return true;
    case QJsonValue::Bool:
        out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
        return true;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        out += std::isfinite(d) ? numberToString(d) : QStringLiteral("null");
        return true;
    }
    case QJsonValue::String:
        quoteJson(v.toString(), out);
        return true;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += QLatin1String("[]");
            return true;
        }
        const QString inner = indent + gap;
        out += u'[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += u',';
            if (!gap.isEmpty()) {
                out += u'\n';
                out += inner;
            }
            if (!stringify(a.at(i), gap, inner, out, depth + 1))
                out += QLatin1String("null");
        }
        if (!gap.isEmpty()) {
            out += u'\n';
            out += indent;
        }
        out += u']';
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        const QString inner = indent + gap;
        out += u'{';
        bool any = false;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isUndefined())
                continue;
            if (any)
                out += u',';
            if (!gap.isEmpty()) {
                out += u'\n';
                out += inner;
            }
            quoteJson(it.key(), out);
            out += gap.isEmpty() ? QLatin1String(":") : QLatin1String(": ");
            stringify(it.value(), gap, inner, out, depth + 1);
            any = true;
        }
        if (any && !gap.isEmpty()) {
            out += u'\n';
            out += indent;
        }
        out += u'}';
        return true;
    }
    }
    return false;
}

// The longest prefix of s that is a decimal literal (sign, digits,
// fraction, exponent), as parseFloat and ToNumber read it.
qsizetype decimalPrefix(QStringView s, bool allowInfinity)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (i < n && (s[i] == u'+' || s[i] == u'-'))
        ++i;
    if (allowInfinity && s.mid(i).startsWith(u"Infinity"))
        return i + 8;
    const qsizetype digitsStart = i;
    while (i < n && s[i].isDigit() && s[i].unicode() < 128)
        ++i;
    bool any = i > digitsStart;
    if (i < n && s[i] == u'.') {
        qsizetype j = i + 1;
        while (j < n && s[j].unicode() >= '0' && s[j].unicode() <= '9')
            ++j;
        if (j > i + 1 || any) {
            any = any || j > i + 1;
            i = j;
        }
    }
    if (!any)
        return 0;
    if (i < n && (s[i] == u'e' || s[i] == u'E')) {
        qsizetype j = i + 1;
        if (j < n && (s[j] == u'+' || s[j] == u'-'))
            ++j;
        const qsizetype expStart = j;
        while (j < n && s[j].unicode() >= '0' && s[j].unicode() <= '9')
            ++j;
        if (j > expStart)
            i = j;
    }
    return i;
}

double parseDecimal(QStringView s)
{
    if (s.endsWith(u"Infinity"))
        return s.startsWith(u'-') ? -INFINITY : INFINITY;
    bool ok = false;
    const double d = s.toLatin1().toDouble(&ok);
    return ok ? d : NAN;
}

QStringView trimJs(QStringView s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && isJsSpace(s[b]))
        ++b;
    while (e > b && isJsSpace(s[e - 1]))
        --e;
    return s.mid(b, e - b);
}

} // namespace

bool isJsSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == 0x0b || u == 0x0c || u == 0xa0
        || u == 0xfeff || u == 0x1680 || (u >= 0x2000 && u <= 0x200a) || u == 0x2028 || u == 0x2029
        || u == 0x202f || u == 0x205f || u == 0x3000;
}

bool jsTruthy(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return false;
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d != 0 && !std::isnan(d);
    }
    case QJsonValue::String:
        return !v.toString().isEmpty();
    default:
        return true;
    }
}

double stringToNumber(QStringView raw)
{
    const QStringView s = trimJs(raw);
    if (s.isEmpty())
        return 0;
    if (s.size() > 2 && s[0] == u'0') {
        int base = 0;
        const char16_t p = s[1].toLower().unicode();
        if (p == 'x')
            base = 16;
        else if (p == 'o')
            base = 8;
        else if (p == 'b')
            base = 2;
        if (base) {
            double d = 0;
            for (QChar c : s.mid(2)) {
                const int digit = c.isDigit() && c.unicode() < 128 ? c.unicode() - '0'
                    : (c.toLower().unicode() >= 'a' && c.toLower().unicode() <= 'f') ? c.toLower().unicode() - 'a' + 10
                                                                                      : 99;
                if (digit >= base)
                    return NAN;
                d = d * base + digit;
            }
            return d;
        }
    }
    const qsizetype len = decimalPrefix(s, true);
    if (len != s.size())
        return NAN;
    return parseDecimal(s);
}

double toNumber(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return NAN;
    case QJsonValue::Null:
        return 0;
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Double:
        return v.toDouble();
    case QJsonValue::String:
        return stringToNumber(v.toString());
    default:
        return stringToNumber(toJsString(v));
    }
}

QString numberToString(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (d == 0)
        return QStringLiteral("0");
    // Integers are by far the most common and need no digit analysis.
    if (std::fabs(d) < 1e15 && d == std::trunc(d))
        return QString::number(qint64(d));

    // ECMAScript Number::toString from the shortest round-trip digits.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::scientific);
    const QLatin1String sci(buf, res.ptr - buf); // d.ddde±XX
    const qsizetype ePos = sci.indexOf(QLatin1Char('e'));
    QString digits;
    for (qsizetype i = 0; i < ePos; ++i)
        if (sci[i] != QLatin1Char('.'))
            digits += sci[i];
    const int exponent = QString(sci.mid(ePos + 1)).toInt();
    const int k = int(digits.size());
    const int n = exponent + 1;
    QString out = d < 0 ? QStringLiteral("-") : QString();
    if (k <= n && n <= 21) {
        out += digits + QString(n - k, QLatin1Char('0'));
    } else if (0 < n && n <= 21) {
        out += digits.left(n) + QLatin1Char('.') + digits.mid(n);
    } else if (-6 < n && n <= 0) {
        out += QLatin1String("0.") + QString(-n, QLatin1Char('0')) + digits;
    } else {
        out += digits.left(1);
        if (k > 1)
            out += QLatin1Char('.') + digits.mid(1);
        out += QLatin1Char('e');
        out += QLatin1Char(n - 1 >= 0 ? '+' : '-');
        out += QString::number(std::abs(n - 1));
    }
    return out;
}

QString toJsString(const QJsonValue &v, int depth)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("undefined");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberToString(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        checkDepth(depth);
        const QJsonArray a = v.toArray();
        QString out;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += u',';
            const QJsonValue e = a.at(i);
            if (!isNullish(e))
                out += toJsString(e, depth + 1);
        }
        return out;
    }
    case QJsonValue::Object:
        return QStringLiteral("[object Object]");
    }
    return {};
}

QString toOutput(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (isNullish(v))
        return {};
    return toJsString(v);
}

bool strictEquals(const QJsonValue &a, const QJsonValue &b)
{
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    return deepEquals(a, b, 0);
}

bool looseEquals(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() == b.type() || (isNumber(a) && isNumber(b)))
        return strictEquals(a, b);
    if (isNullish(a) || isNullish(b))
        return isNullish(a) && isNullish(b);
    if (a.isBool())
        return looseEquals(QJsonValue(a.toBool() ? 1.0 : 0.0), b);
    if (b.isBool())
        return looseEquals(a, QJsonValue(b.toBool() ? 1.0 : 0.0));
    if (a.isArray() || a.isObject())
        return looseEquals(toPrimitive(a), b);
    if (b.isArray() || b.isObject())
        return looseEquals(a, toPrimitive(b));
    // One number, one string.
    return toNumber(a) == toNumber(b);
}

Order jsCompare(const QJsonValue &a0, const QJsonValue &b0)
{
    const QJsonValue a = toPrimitive(a0), b = toPrimitive(b0);
    if (a.isString() && b.isString()) {
        const int c = a.toString().compare(b.toString());
        return c < 0 ? Order::Less : c > 0 ? Order::Greater : Order::Equal;
    }
    const double x = toNumber(a), y = toNumber(b);
    if (std::isnan(x) || std::isnan(y))
        return Order::Unordered;
    return x < y ? Order::Less : x > y ? Order::Greater : Order::Equal;
}

QString propertyKey(const QJsonValue &key)
{
    return key.isString() ? key.toString() : toJsString(key);
}

QString jsTrim(const QString &s)
{
    return trimJs(s).toString();
}

QJsonValue jsonRoundTrip(const QJsonValue &v, int depth)
{
    checkDepth(depth);
    switch (v.type()) {
    case QJsonValue::Double:
        return std::isfinite(v.toDouble()) ? v : QJsonValue(QJsonValue::Null);
    case QJsonValue::Array: {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonValue e = a.at(i);
            if (e.isArray() || e.isObject() || e.isDouble())
                a.replace(i, jsonRoundTrip(e, depth + 1));
        }
        return a;
    }
    case QJsonValue::Object: {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue e = it.value();
            if (e.isArray() || e.isObject() || e.isDouble())
                it.value() = jsonRoundTrip(e, depth + 1);
        }
        return o;
    }
    default:
        return v;
    }
}

QJsonValue jsAdd(const QJsonValue &a0, const QJsonValue &b0)
{
    const QJsonValue a = toPrimitive(a0), b = toPrimitive(b0);
    if (a.isString() || b.isString())
        return QJsonValue(toJsString(a) + toJsString(b));
    return num(toNumber(a) + toNumber(b));
}

QString jsonStringify(const QJsonValue &v, const QString &indent)
{
    QString out;
    if (!stringify(v, indent, QString(), out, 0))
        return QString();
    return out;
}

bool jsonParse(const QString &text, QJsonValue *out)
{
    // QJsonDocument wants an object or array at the top; JSON.parse takes any
    // value, so parse it as the only element of an array.
    QJsonParseError err;
    QByteArray wrapped = text.toUtf8();
    wrapped.prepend('[');
    wrapped.append(']');
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return false;
    *out = doc.array().at(0);
    return true;
}

double jsParseFloat(const QJsonValue &v)
{
    const QString s = toJsString(v);
    QStringView t(s);
    while (!t.isEmpty() && isJsSpace(t.front()))
        t = t.mid(1);
    const qsizetype len = decimalPrefix(t, true);
    return len ? parseDecimal(t.left(len)) : NAN;
}

double jsParseInt(const QJsonValue &v, int radix)
{
    const QString s = toJsString(v);
    QStringView t(s);
    while (!t.isEmpty() && isJsSpace(t.front()))
        t = t.mid(1);
    bool negative = false;
    if (!t.isEmpty() && (t.front() == u'+' || t.front() == u'-')) {
        negative = t.front() == u'-';
        t = t.mid(1);
    }
    if (radix != 0 && (radix < 2 || radix > 36))
        return NAN;
    if ((radix == 0 || radix == 16) && (t.startsWith(u"0x") || t.startsWith(u"0X"))) {
        radix = 16;
        t = t.mid(2);
    }
    if (radix == 0)
        radix = 10;
    double d = 0;
    qsizetype i = 0;
    for (; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        const int digit = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'z'             ? c - 'a' + 10
            : c >= 'A' && c <= 'Z'             ? c - 'A' + 10
                                               : 99;
        if (digit >= radix)
            break;
        d = d * radix + digit;
    }
    if (i == 0)
        return NAN;
    if (radix == 10)
        d = parseDecimal(t.left(i)); // exact rounding for long digit strings
    return negative ? -d : d;
}

} // namespace atrium::tmpl::detail
