// SPDX-License-Identifier: Apache-2.0
// Nunjucks' built-in filters and tests, the `range` global, the JavaScript
// methods templates call on strings, arrays and numbers, and Backstage's
// scaffolder filters (parseRepoUrl, parseEntityRef, pick, projectSlug).
//
// Each filter gives what Nunjucks 3.2 gives for the same JSON values. Where
// Nunjucks would stop with a JavaScript TypeError on a missing value (`trim`,
// `first`, `join` of undefined, …) this is an error naming the filter; where
// it would fail only because a number is not a string (`5 | upper`), the
// number is used as its text instead.

#include "templateast_p.h"
#include "templaterenderer_p.h"
#include "templatevalue_p.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace atrium::tmpl::detail {

const QJsonValue &FilterCall::arg(size_t i) const
{
    static const QJsonValue undefined(QJsonValue::Undefined);
    return i < args.size() ? args[i] : undefined;
}

namespace {

const QJsonValue kUndefined(QJsonValue::Undefined);

[[noreturn]] void filterError(FilterCall &c, const QString &message)
{
    c.r.error(QStringLiteral("%1: %2").arg(c.node.name, message));
}

void requireDefined(FilterCall &c, const QJsonValue &v)
{
    if (isNullish(v))
        filterError(c, QStringLiteral("the value is %1").arg(toJsString(v)));
}

// Nunjucks' normalize(v, ''): null, undefined and false are ''. Other
// non-strings become their text (see the file comment).
QString str(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (isNullish(v) || (v.isBool() && !v.toBool()))
        return QString();
    return toJsString(v);
}

// The number of characters Nunjucks' lib.repeat produces for n.
qsizetype repeatCount(double n)
{
    if (!(n > 0))
        return 0;
    return qsizetype(std::ceil(std::min(n, 1e15)));
}

QString spaces(FilterCall &c, double n)
{
    const qsizetype count = repeatCount(n);
    c.r.checkLength(count);
    return QString(count, u' ');
}

// Elements of an array, or characters of a string, as JavaScript code that
// indexes `arr[i]` up to `arr.length` sees them; nothing for other values.
QJsonArray elements(FilterCall &c, const QJsonValue &v)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        c.r.charge(a.size());
        return a;
    }
    QJsonArray out;
    if (v.isString()) {
        const QString s = v.toString();
        c.r.charge(s.size());
        for (QChar ch : s)
            out.append(QString(ch));
    }
    return out;
}

// Nunjucks' getAttrGetter: a dotted path of own properties.
QJsonValue attribute(const QJsonValue &item, const QJsonValue &attr)
{
    if (!jsTruthy(attr))
        return item;
    const QStringList parts = attr.isString() ? attr.toString().split(u'.') : QStringList{propertyKey(attr)};
    QJsonValue cur = item;
    for (const QString &part : parts) {
        if (!Renderer::hasOwn(cur, part))
            return kUndefined;
        cur = Renderer::member(cur, part);
    }
    return cur;
}

QString escapeHtml(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        default: out += c;
        }
    }
    return out;
}

QString capitalizeString(const QString &s)
{
    const QString lower = s.toLower();
    if (lower.isEmpty())
        return lower;
    return lower.left(1).toUpper() + lower.mid(1);
}

// Array.prototype.sort with a comparator returning negative, zero or
// positive. Arrays shorter than 64 are sorted the way V8's TimSort sorts
// them (one natural run, then binary insertion), so that even inconsistent
// comparisons (mixed types, NaN) give Node's order; longer ones with a
// stable merge sort, which agrees whenever the comparisons are consistent.
// Either way every index stays in bounds, whatever the comparator says.
template<typename T, typename Cmp>
void jsSort(std::vector<T> &v, Cmp cmp)
{
    const size_t n = v.size();
    if (n < 2)
        return;
    if (n < 64) {
        size_t run = 2;
        const bool descending = cmp(v[1], v[0]) < 0;
        for (size_t i = 2; i < n; ++i, ++run) {
            const int order = cmp(v[i], v[i - 1]);
            if (descending ? order >= 0 : order < 0)
                break;
        }
        if (descending)
            std::reverse(v.begin(), v.begin() + qsizetype(run));
        for (size_t start = run; start < n; ++start) {
            T pivot = v[start];
            size_t left = 0, right = start;
            while (left < right) {
                const size_t mid = left + ((right - left) >> 1);
                if (cmp(pivot, v[mid]) < 0)
                    right = mid;
                else
                    left = mid + 1;
            }
            for (size_t p = start; p > left; --p)
                v[p] = v[p - 1];
            v[left] = pivot;
        }
        return;
    }
    std::vector<T> tmp(n);
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            const size_t mid = std::min(lo + width, n);
            const size_t hi = std::min(lo + 2 * width, n);
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = cmp(v[j], v[i]) < 0 ? v[j++] : v[i++];
            while (i < mid)
                tmp[k++] = v[i++];
            while (j < hi)
                tmp[k++] = v[j++];
        }
        v.swap(tmp);
    }
}

QString encodeUriComponent(const QString &s)
{
    static const QByteArray keep = QByteArrayLiteral("-_.!~*'()");
    return QString::fromLatin1(s.toUtf8().toPercentEncoding(keep));
}

// ---- Nunjucks filters ----

QJsonValue f_abs(FilterCall &c)
{
    return num(std::fabs(toNumber(c.input)));
}

QJsonValue f_batch(FilterCall &c)
{
    requireDefined(c, c.input);
    const QJsonArray items = elements(c, c.input);
    const double lineCount = toNumber(c.arg(0));
    QJsonArray result, row;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (std::fmod(double(i), lineCount) == 0 && !row.isEmpty()) {
            result.append(row);
            row = QJsonArray();
        }
        row.append(items.at(i));
    }
    if (!row.isEmpty()) {
        if (jsTruthy(c.arg(1))) {
            for (double i = double(row.size()); i < lineCount; ++i) {
                c.r.charge(1);
                row.append(c.arg(1));
            }
        }
        result.append(row);
    }
    return result;
}

QJsonValue f_capitalize(FilterCall &c)
{
    return capitalizeString(str(c.input));
}

QJsonValue f_center(FilterCall &c)
{
    // Nunjucks pads by `.length`, which only strings and arrays have; other
    // values come back as their text, unpadded.
    const QJsonValue v = isNullish(c.input) || c.input == QJsonValue(false) ? QJsonValue(QString()) : c.input;
    const double length = v.isString() ? double(v.toString().size()) : v.isArray() ? double(v.toArray().size()) : NAN;
    double width = toNumber(c.arg(0));
    if (!jsTruthy(c.arg(0)) || std::isnan(width))
        width = 80;
    if (length >= width)
        return v;
    const double room = width - length;
    const QString text = toJsString(v);
    if (std::isnan(room))
        return text;
    return spaces(c, room / 2 - std::fmod(room, 2)) + text + spaces(c, room / 2);
}

QJsonValue f_default(FilterCall &c)
{
    if (jsTruthy(c.arg(1)))
        return jsTruthy(c.input) ? c.input : c.arg(0);
    return c.input.isUndefined() ? c.arg(0) : c.input;
}

QJsonValue f_dictsort(FilterCall &c)
{
    if (!c.input.isObject())
        c.r.error(QStringLiteral("dictsort filter: val must be an object"));
    const QJsonValue by = c.arg(1);
    int index = 0;
    if (by.isUndefined() || by == QJsonValue(QStringLiteral("key")))
        index = 0;
    else if (by == QJsonValue(QStringLiteral("value")))
        index = 1;
    else
        c.r.error(QStringLiteral("dictsort filter: You can only sort by either key or value"));
    const bool caseSensitive = jsTruthy(c.arg(0));
    const QJsonObject o = c.input.toObject();
    c.r.charge(o.size());
    std::vector<QJsonArray> pairs;
    for (auto it = o.begin(); it != o.end(); ++it)
        pairs.push_back(QJsonArray{it.key(), it.value()});
    jsSort(pairs, [&](const QJsonArray &x, const QJsonArray &y) {
        QJsonValue a = x.at(index), b = y.at(index);
        if (!caseSensitive) {
            if (a.isString())
                a = a.toString().toUpper();
            if (b.isString())
                b = b.toString().toUpper();
        }
        return jsCompare(a, b) == Order::Greater ? 1 : strictEquals(a, b) ? 0 : -1;
    });
    QJsonArray out;
    for (const QJsonArray &p : pairs)
        out.append(p);
    return out;
}

QJsonValue f_dump(FilterCall &c)
{
    const QJsonValue space = c.arg(0);
    QString gap;
    if (isNumber(space)) {
        const double n = std::min(10.0, std::trunc(space.toDouble()));
        if (n >= 1)
            gap = QString(qsizetype(n), u' ');
    } else if (space.isString()) {
        gap = space.toString().left(10);
    }
    const QString json = jsonStringify(c.input, gap);
    if (json.isNull())
        return kUndefined;
    return json;
}

QJsonValue f_escape(FilterCall &c)
{
    return escapeHtml(isNullish(c.input) ? QString() : toJsString(c.input));
}

QJsonValue f_first(FilterCall &c)
{
    requireDefined(c, c.input);
    return Renderer::member(c.input, QStringLiteral("0"));
}

QJsonValue f_float(FilterCall &c)
{
    const double d = jsParseFloat(c.input);
    return std::isnan(d) ? c.arg(0) : num(d);
}

QJsonValue f_groupby(FilterCall &c)
{
    requireDefined(c, c.input);
    const QJsonArray items = elements(c, c.input);
    QHash<QString, QJsonArray> groups;
    QStringList order;
    for (const QJsonValue &item : items) {
        const QString key = propertyKey(attribute(item, c.arg(0)));
        auto it = groups.find(key);
        if (it == groups.end()) {
            it = groups.insert(key, QJsonArray());
            order << key;
        }
        it->append(item);
    }
    QJsonObject out;
    for (const QString &k : order)
        out.insert(k, groups.value(k));
    return out;
}

QJsonValue f_indent(FilterCall &c)
{
    const QString s = str(c.input);
    if (s.isEmpty())
        return s;
    double width = toNumber(c.arg(0));
    if (!jsTruthy(c.arg(0)) || std::isnan(width))
        width = 4;
    const QString pad = spaces(c, width);
    const QStringList lines = s.split(u'\n');
    c.r.checkLength(s.size() + pad.size() * lines.size());
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i)
            out += u'\n';
        if (i > 0 || jsTruthy(c.arg(1)))
            out += pad;
        out += lines.at(i);
    }
    return out;
}

QJsonValue f_int(FilterCall &c)
{
    const QJsonValue base = c.arg(1);
    const int radix = base.isUndefined() ? 10 : int(toNumber(base));
    const double d = jsParseInt(c.input, radix);
    return std::isnan(d) ? c.arg(0) : num(d);
}

QString joinValues(FilterCall &c, const QJsonArray &items, const QString &separator)
{
    QString out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += separator;
        const QJsonValue v = items.at(i);
        if (!isNullish(v))
            out += toJsString(v);
        c.r.checkLength(out.size());
    }
    return out;
}

QJsonValue f_join(FilterCall &c)
{
    const QString separator = jsTruthy(c.arg(0)) ? toJsString(c.arg(0)) : QString();
    const QJsonValue attr = c.arg(1);
    if (jsTruthy(attr)) {
        QJsonArray mapped;
        const QString key = propertyKey(attr);
        for (const QJsonValue &v : elements(c, c.input))
            mapped.append(Renderer::member(v, key));
        return joinValues(c, mapped, separator);
    }
    requireDefined(c, c.input);
    if (!c.input.isArray())
        filterError(c, QStringLiteral("the value is not an array"));
    return joinValues(c, elements(c, c.input), separator);
}

QJsonValue f_last(FilterCall &c)
{
    requireDefined(c, c.input);
    if (c.input.isArray()) {
        const QJsonArray a = c.input.toArray();
        return a.isEmpty() ? kUndefined : a.last();
    }
    if (c.input.isString()) {
        const QString s = c.input.toString();
        return s.isEmpty() ? kUndefined : QJsonValue(QString(s.back()));
    }
    return kUndefined;
}

QJsonValue f_length(FilterCall &c)
{
    const QJsonValue v = c.input;
    if (isNullish(v) || (v.isBool() && !v.toBool()))
        return 0.0;
    if (v.isObject())
        return double(v.toObject().size());
    return Renderer::member(v, QStringLiteral("length"));
}

QJsonValue f_list(FilterCall &c)
{
    if (c.input.isString() || c.input.isArray())
        return elements(c, c.input);
    if (c.input.isObject()) {
        const QJsonObject o = c.input.toObject();
        c.r.charge(o.size());
        QJsonArray out;
        for (auto it = o.begin(); it != o.end(); ++it)
            out.append(QJsonObject{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value()}});
        return out;
    }
    c.r.error(QStringLiteral("list filter: type not iterable"));
}

QJsonValue f_lower(FilterCall &c)
{
    return str(c.input).toLower();
}

QJsonValue f_upper(FilterCall &c)
{
    return str(c.input).toUpper();
}

QJsonValue f_nl2br(FilterCall &c)
{
    if (isNullish(c.input))
        return QString();
    static const QRegularExpression newline(QStringLiteral("\\r\\n|\\n"));
    QString s = toJsString(c.input);
    c.r.checkLength(s.size() + 6 * s.count(u'\n'));
    return s.replace(newline, QStringLiteral("<br />\n"));
}

QJsonValue selectOrReject(FilterCall &c, bool expected)
{
    requireDefined(c, c.input);
    const QString testName = c.arg(0).isUndefined() ? QStringLiteral("truthy") : toJsString(c.arg(0));
    QJsonArray out;
    for (const QJsonValue &item : elements(c, c.input))
        if (c.r.runTest(c.node, testName, item, c.arg(1)) == expected)
            out.append(item);
    return out;
}

QJsonValue f_select(FilterCall &c)
{
    return selectOrReject(c, true);
}

QJsonValue f_reject(FilterCall &c)
{
    return selectOrReject(c, false);
}

// selectattr(attr) keeps items whose attribute is truthy (Nunjucks); with a
// test name it applies that test to the attribute instead (Jinja).
QJsonValue selectOrRejectAttr(FilterCall &c, bool expected)
{
    requireDefined(c, c.input);
    if (!c.input.isArray())
        filterError(c, QStringLiteral("the value is not an array"));
    const QString key = propertyKey(c.arg(0));
    const bool withTest = !c.arg(1).isUndefined();
    const QString testName = withTest ? toJsString(c.arg(1)) : QString();
    QJsonArray out;
    for (const QJsonValue &item : elements(c, c.input)) {
        const QJsonValue v = Renderer::member(item, key);
        const bool pass = withTest ? c.r.runTest(c.node, testName, v, c.arg(2)) : jsTruthy(v);
        if (pass == expected)
            out.append(item);
    }
    return out;
}

QJsonValue f_selectattr(FilterCall &c)
{
    return selectOrRejectAttr(c, true);
}

QJsonValue f_rejectattr(FilterCall &c)
{
    return selectOrRejectAttr(c, false);
}

QJsonValue f_replace(FilterCall &c)
{
    QJsonValue old = c.arg(0);
    if (isNumber(old))
        old = toJsString(old);
    else if (!old.isString())
        return c.input;
    QJsonValue in = c.input;
    if (isNumber(in))
        in = toJsString(in);
    if (!in.isString())
        return c.input;
    const QString s = in.toString();
    const QString from = old.toString();
    const QString to = toJsString(c.arg(1));
    if (from.isEmpty()) {
        c.r.checkLength(s.size() + (s.size() + 1) * to.size());
        QString out = to;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (i)
                out += to;
            out += s.at(i);
        }
        if (!s.isEmpty())
            out += to;
        return out;
    }
    const QJsonValue maxCount = c.arg(2);
    const bool unlimited = maxCount.isUndefined() || (isNumber(maxCount) && maxCount.toDouble() == -1);
    const double limit = toNumber(maxCount);
    qsizetype next = s.indexOf(from);
    if ((isNumber(maxCount) && maxCount.toDouble() == 0) || next < 0)
        return s; // a number comes back as its text, as in Nunjucks
    QString out;
    qsizetype pos = 0;
    double count = 0;
    while (next >= 0 && (unlimited || count < limit)) {
        out += QStringView(s).mid(pos, next - pos);
        out += to;
        c.r.checkLength(out.size());
        pos = next + from.size();
        ++count;
        next = s.indexOf(from, pos);
    }
    if (pos < s.size())
        out += QStringView(s).mid(pos);
    return out;
}

QJsonValue f_reverse(FilterCall &c)
{
    if (c.input.isString()) {
        QString s = c.input.toString();
        std::reverse(s.begin(), s.end()); // by UTF-16 code unit, as split('') does
        return s;
    }
    QJsonArray a = c.input.isArray() ? elements(c, c.input) : QJsonArray();
    QJsonArray out;
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        out.append(a.at(i));
    return out;
}

double jsRound(double x)
{
    // Math.round: the nearest integer, halves towards +Infinity.
    if (!std::isfinite(x))
        return x;
    const double f = std::floor(x);
    return x - f >= 0.5 ? f + 1 : f;
}

QJsonValue f_round(FilterCall &c)
{
    double precision = toNumber(c.arg(0));
    if (!jsTruthy(c.arg(0)) || std::isnan(precision))
        precision = 0;
    const double factor = std::pow(10.0, precision);
    const double v = toNumber(c.input) * factor;
    const QJsonValue method = c.arg(1);
    double r;
    if (method == QJsonValue(QStringLiteral("ceil")))
        r = std::ceil(v);
    else if (method == QJsonValue(QStringLiteral("floor")))
        r = std::floor(v);
    else
        r = jsRound(v);
    return num(r / factor);
}

QJsonValue f_safe(FilterCall &c)
{
    return isNullish(c.input) ? QString() : toJsString(c.input);
}

QJsonValue f_slice(FilterCall &c)
{
    requireDefined(c, c.input);
    if (!c.input.isArray() && !c.input.isString())
        filterError(c, QStringLiteral("the value is not an array"));
    const bool isString = c.input.isString();
    const QJsonArray items = isString ? QJsonArray() : c.input.toArray();
    const QString text = isString ? c.input.toString() : QString();
    const double length = double(isString ? text.size() : items.size());
    const double slices = toNumber(c.arg(0));
    const double sliceLength = std::floor(length / slices);
    const double extra = std::fmod(length, slices);
    const QJsonValue fill = c.arg(1);
    QJsonArray out;
    double offset = 0;
    for (double i = 0; i < slices; ++i) {
        c.r.charge(1);
        const double start = offset + i * sliceLength;
        if (i < extra)
            ++offset;
        const double end = offset + (i + 1) * sliceLength;
        // Array.prototype.slice with the same clamping of its bounds.
        auto clampIndex = [&](double d) {
            if (std::isnan(d))
                return qsizetype(0);
            return qsizetype(std::clamp(d < 0 ? length + std::ceil(d) : std::floor(d), 0.0, length));
        };
        const qsizetype b = clampIndex(start), e = clampIndex(end);
        if (isString) {
            if (jsTruthy(fill) && i >= extra)
                filterError(c, QStringLiteral("cannot fill a slice of a string"));
            out.append(text.mid(b, std::max<qsizetype>(0, e - b)));
            continue;
        }
        QJsonArray part;
        for (qsizetype k = b; k < e; ++k)
            part.append(items.at(k));
        c.r.charge(part.size());
        if (jsTruthy(fill) && i >= extra)
            part.append(fill);
        out.append(part);
    }
    return out;
}

QJsonValue f_sort(FilterCall &c)
{
    const bool reversed = jsTruthy(c.arg(0));
    const bool caseSensitive = jsTruthy(c.arg(1));
    const QJsonValue attr = c.arg(2);
    const bool byAttribute = jsTruthy(attr);
    const QJsonArray in = elements(c, c.input);
    std::vector<QJsonValue> items(in.begin(), in.end());
    std::vector<QJsonValue> keys;
    keys.reserve(items.size());
    for (const QJsonValue &v : items) {
        QJsonValue k = byAttribute ? attribute(v, attr) : v;
        keys.push_back(k);
    }
    std::vector<size_t> order(items.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    c.r.charge(qint64(items.size()) * 4);
    jsSort(order, [&](size_t i, size_t j) {
        QJsonValue x = keys[i], y = keys[j];
        if (!caseSensitive && x.isString() && y.isString()) {
            x = x.toString().toLower();
            y = y.toString().toLower();
        }
        const Order o = jsCompare(x, y);
        if (o == Order::Less)
            return reversed ? 1 : -1;
        if (o == Order::Greater)
            return reversed ? -1 : 1;
        return 0;
    });
    QJsonArray out;
    for (size_t i : order)
        out.append(items[i]);
    return out;
}

QJsonValue f_string(FilterCall &c)
{
    requireDefined(c, c.input);
    return toJsString(c.input);
}

QJsonValue f_striptags(FilterCall &c)
{
    static const QRegularExpression tags(QStringLiteral("</?([a-z][a-z0-9]*)\\b[^>]*>|<!--[\\s\\S]*?-->"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lineEdges(QStringLiteral("^ +| +$"), QRegularExpression::MultilineOption);
    static const QRegularExpression runsOfSpaces(QStringLiteral(" +"));
    static const QRegularExpression manyNewlines(QStringLiteral("\\n\\n\\n+"));
    static const QRegularExpression whitespace(QStringLiteral("\\s+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QString s = str(c.input);
    s = jsTrim(s.replace(tags, QString()));
    if (jsTruthy(c.arg(0))) {
        s.replace(lineEdges, QString());
        s.replace(runsOfSpaces, QStringLiteral(" "));
        s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        s.replace(manyNewlines, QStringLiteral("\n\n"));
    } else {
        s.replace(whitespace, QStringLiteral(" "));
    }
    return s;
}

QJsonValue f_sum(FilterCall &c)
{
    const QJsonValue attr = c.arg(0);
    // A vector, not a QJsonArray: that would turn undefined into null, and
    // JavaScript adds the two differently.
    std::vector<QJsonValue> items;
    if (jsTruthy(attr)) {
        const QString key = propertyKey(attr);
        for (const QJsonValue &v : elements(c, c.input))
            items.push_back(Renderer::member(v, key));
    } else {
        requireDefined(c, c.input);
        if (!c.input.isArray())
            filterError(c, QStringLiteral("the value is not an array"));
        const QJsonArray a = elements(c, c.input);
        items.assign(a.begin(), a.end());
    }
    QJsonValue total = 0.0;
    for (const QJsonValue &v : items) {
        total = jsAdd(total, v);
        if (total.isString())
            c.r.checkLength(total.toString().size());
    }
    const QJsonValue start = c.arg(1).isUndefined() ? QJsonValue(0.0) : c.arg(1);
    return jsAdd(start, total);
}

QJsonValue f_title(FilterCall &c)
{
    QStringList words = str(c.input).split(u' ');
    for (QString &w : words)
        w = capitalizeString(w);
    return words.join(u' ');
}

QJsonValue f_trim(FilterCall &c)
{
    requireDefined(c, c.input);
    return jsTrim(toJsString(c.input));
}

QJsonValue f_truncate(FilterCall &c)
{
    double length = toNumber(c.arg(0));
    if (!jsTruthy(c.arg(0)) || std::isnan(length))
        length = 255;
    // Short enough by `.length`: returned as it is (an array stays an array).
    const QJsonValue v = isNullish(c.input) || c.input == QJsonValue(false) ? QJsonValue(QString()) : c.input;
    if ((v.isString() && double(v.toString().size()) <= length) || (v.isArray() && double(v.toArray().size()) <= length))
        return v;
    QString s = str(v);
    if (double(s.size()) <= length)
        return s;
    const qsizetype cut = qsizetype(std::clamp(std::floor(length), 0.0, double(s.size())));
    if (jsTruthy(c.arg(1))) {
        s.truncate(cut);
    } else {
        qsizetype idx = s.lastIndexOf(u' ', cut);
        if (idx < 0)
            idx = cut;
        s.truncate(idx);
    }
    s += isNullish(c.arg(2)) ? QStringLiteral("...") : toJsString(c.arg(2));
    return s;
}

QJsonValue f_urlencode(FilterCall &c)
{
    if (c.input.isString())
        return encodeUriComponent(c.input.toString());
    QStringList parts;
    auto add = [&](const QJsonValue &k, const QJsonValue &v) {
        parts << encodeUriComponent(toJsString(k)) + QLatin1Char('=') + encodeUriComponent(toJsString(v));
    };
    if (c.input.isArray()) {
        for (const QJsonValue &pair : elements(c, c.input))
            add(Renderer::member(pair, QStringLiteral("0")), Renderer::member(pair, QStringLiteral("1")));
    } else if (c.input.isObject()) {
        const QJsonObject o = c.input.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value());
    }
    return parts.join(u'&');
}

QJsonValue f_wordcount(FilterCall &c)
{
    if (!jsTruthy(c.input))
        return QJsonValue::Null;
    const QString s = str(c.input);
    qsizetype words = 0;
    bool inWord = false;
    for (QChar ch : s) {
        const char16_t u = ch.unicode();
        const bool w = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
        if (w && !inWord)
            ++words;
        inWord = w;
    }
    return words ? QJsonValue(double(words)) : QJsonValue(QJsonValue::Null);
}

// ---- Backstage's scaffolder filters ----

// @backstage/plugin-scaffolder-node's parseRepoUrl, for `host?owner=…&repo=…`.
// Backstage finds the provider from the configured integrations; without
// that configuration the provider is guessed from the host name.
QJsonValue f_parseRepoUrl(FilterCall &c)
{
    const QString raw = toJsString(c.input);
    const QString url = QStringLiteral("https://") + raw;
    auto invalid = [&]() {
        c.r.error(QStringLiteral("Invalid repo URL passed to publisher, got %1").arg(raw));
    };
    // Authority: up to the first '/', '?' or '#'.
    qsizetype end = 0;
    while (end < raw.size() && raw.at(end) != u'/' && raw.at(end) != u'?' && raw.at(end) != u'#')
        ++end;
    QString authority = raw.left(end);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0)
        authority = authority.mid(at + 1);
    const QUrl parsed(QStringLiteral("https://") + authority, QUrl::StrictMode);
    if (authority.isEmpty() || !parsed.isValid() || parsed.host().isEmpty())
        invalid();
    QString host = parsed.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6, as URL.host writes it
    if (parsed.port() != -1 && parsed.port() != 443)
        host += QLatin1Char(':') + QString::number(parsed.port());

    // URLSearchParams: '+' is a space, first occurrence wins.
    QHash<QString, QString> params;
    const qsizetype q = raw.indexOf(u'?');
    QString query;
    if (q >= 0) {
        const qsizetype hash = raw.indexOf(u'#', q);
        query = raw.mid(q + 1, hash < 0 ? -1 : hash - q - 1);
        for (const QString &part : query.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(u'=');
            QString key = eq < 0 ? part : part.left(eq);
            QString value = eq < 0 ? QString() : part.mid(eq + 1);
            key.replace(u'+', u' ');
            value.replace(u'+', u' ');
            key = QUrl::fromPercentEncoding(key.toUtf8());
            value = QUrl::fromPercentEncoding(value.toUtf8());
            if (!params.contains(key))
                params.insert(key, value);
        }
    }
    const QString pathAndQuery = raw.mid(end);
    const QString shown = QStringLiteral("https://") + host
        + (pathAndQuery.startsWith(u'/') ? pathAndQuery : QLatin1Char('/') + pathAndQuery);

    const QString lowerHost = host.toLower();
    enum class Provider { GitHub, GitLab, BitbucketCloud, BitbucketServer, Azure, Gitea, Gerrit };
    Provider provider = Provider::GitHub;
    if (lowerHost == QLatin1String("bitbucket.org") || lowerHost == QLatin1String("www.bitbucket.org"))
        provider = Provider::BitbucketCloud;
    else if (lowerHost.contains(QLatin1String("bitbucket")))
        provider = Provider::BitbucketServer;
    else if (lowerHost.contains(QLatin1String("gitlab")))
        provider = Provider::GitLab;
    else if (lowerHost == QLatin1String("dev.azure.com") || lowerHost.endsWith(QLatin1String(".visualstudio.com")))
        provider = Provider::Azure;
    else if (lowerHost.contains(QLatin1String("gitea")))
        provider = Provider::Gitea;
    else if (lowerHost.contains(QLatin1String("gerrit")))
        provider = Provider::Gerrit;
    else if (!lowerHost.contains(u'.') && !lowerHost.startsWith(QLatin1String("localhost")))
        c.r.error(QStringLiteral("No matching integration configuration for host %1, please check your integrations config")
                      .arg(host));

    auto require = [&](std::initializer_list<const char *> keys) {
        for (const char *k : keys)
            if (params.value(QLatin1String(k)).isEmpty())
                c.r.error(QStringLiteral("Invalid repo URL passed to publisher: %1, missing %2").arg(shown, QLatin1String(k)));
    };
    switch (provider) {
    case Provider::BitbucketCloud: require({"workspace", "project", "repo"}); break;
    case Provider::BitbucketServer: require({"project", "repo"}); break;
    case Provider::Azure: require({"project", "repo"}); break;
    case Provider::GitLab:
        if (!params.contains(QStringLiteral("project")))
            require({"owner", "repo"});
        break;
    case Provider::Gitea:
    case Provider::Gerrit: require({"repo"}); break;
    case Provider::GitHub: require({"repo", "owner"}); break;
    }

    QJsonObject out;
    out.insert(QStringLiteral("host"), host);
    for (const char *k : {"owner", "repo", "organization", "workspace", "project"}) {
        const auto it = params.constFind(QLatin1String(k));
        if (it != params.constEnd())
            out.insert(QLatin1String(k), *it);
    }
    return out;
}

QJsonValue f_projectSlug(FilterCall &c)
{
    const QJsonObject parts = f_parseRepoUrl(c).toObject();
    return toJsString(parts.value(QStringLiteral("owner"))) + QLatin1Char('/') + toJsString(parts.value(QStringLiteral("repo")));
}

// @backstage/catalog-model's parseEntityRef: kind and namespace keep their case.
QJsonValue f_parseEntityRef(FilterCall &c)
{
    const QJsonValue ref = c.input;
    if (!jsTruthy(ref))
        c.r.error(QStringLiteral("Entity reference must not be empty"));
    const QJsonValue context = c.arg(0);
    const QJsonValue defaultKind = Renderer::member(context, QStringLiteral("defaultKind"));
    QJsonValue defaultNamespace = Renderer::member(context, QStringLiteral("defaultNamespace"));
    if (!jsTruthy(defaultNamespace))
        defaultNamespace = QStringLiteral("default");
    QJsonValue kind, ns, name;
    if (ref.isString()) {
        const QString s = ref.toString();
        qsizetype colon = s.indexOf(u':');
        const qsizetype slash = s.indexOf(u'/');
        if (slash >= 0 && slash < colon)
            colon = -1;
        const bool hasKind = colon >= 0, hasNs = slash >= 0;
        const QString k = hasKind ? s.left(colon) : QString();
        const QString n = hasNs ? s.mid(colon + 1, slash - colon - 1) : QString();
        const QString nm = s.mid(std::max(colon + 1, slash + 1));
        if ((hasKind && k.isEmpty()) || (hasNs && n.isEmpty()) || nm.isEmpty())
            c.r.error(QStringLiteral("Entity reference \"%1\" was not on the form [<kind>:][<namespace>/]<name>").arg(s));
        kind = hasKind ? QJsonValue(k) : defaultKind;
        ns = hasNs ? QJsonValue(n) : defaultNamespace;
        name = nm;
    } else {
        kind = Renderer::member(ref, QStringLiteral("kind"));
        if (isNullish(kind))
            kind = defaultKind;
        ns = Renderer::member(ref, QStringLiteral("namespace"));
        if (isNullish(ns))
            ns = defaultNamespace;
        name = Renderer::member(ref, QStringLiteral("name"));
    }
    const QString textual = jsonStringify(ref);
    if (!jsTruthy(kind))
        c.r.error(QStringLiteral("Entity reference %1 had missing or empty kind (e.g. did not start with \"component:\" or similar)").arg(textual));
    if (!jsTruthy(ns))
        c.r.error(QStringLiteral("Entity reference %1 had missing or empty namespace").arg(textual));
    if (!jsTruthy(name))
        c.r.error(QStringLiteral("Entity reference %1 had missing or empty name").arg(textual));
    return QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("namespace"), ns}, {QStringLiteral("name"), name}};
}

// lodash's get(obj, path): a key as given, else a path like `a.b[0]["c"]`.
QJsonValue f_pick(FilterCall &c)
{
    const QJsonValue obj = c.input;
    const QJsonValue key = c.arg(0);
    if (isNullish(obj))
        return kUndefined;
    const QString path = propertyKey(key);
    if (!key.isString() || Renderer::hasOwn(obj, path))
        return Renderer::member(obj, path);
    QStringList parts;
    QString cur;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar ch = path.at(i);
        if (ch == u'.') {
            parts << cur;
            cur.clear();
        } else if (ch == u'[') {
            if (!cur.isEmpty())
                parts << cur;
            cur.clear();
            const qsizetype close = path.indexOf(u']', i);
            if (close < 0) {
                cur = path.mid(i);
                break;
            }
            QString inner = path.mid(i + 1, close - i - 1);
            if (inner.size() >= 2 && (inner.front() == u'"' || inner.front() == u'\'') && inner.back() == inner.front())
                inner = inner.mid(1, inner.size() - 2);
            parts << inner;
            i = close;
            if (i + 1 < path.size() && path.at(i + 1) == u'.')
                ++i;
        } else {
            cur += ch;
        }
    }
    if (!cur.isEmpty() || path.endsWith(u'.'))
        parts << cur;
    QJsonValue v = obj;
    for (const QString &p : parts) {
        if (isNullish(v))
            return kUndefined;
        v = Renderer::member(v, p);
    }
    return v;
}

// Sorted by name for the binary search in findFilter.
const FilterDef kFilters[] = {
    {"abs", f_abs, {}},
    {"batch", f_batch, {"linecount", "fill_with"}},
    {"capitalize", f_capitalize, {}},
    {"center", f_center, {"width"}},
    {"d", f_default, {"default_value", "boolean"}},
    {"default", f_default, {"default_value", "boolean"}},
    {"dictsort", f_dictsort, {"case_sensitive", "by"}},
    {"dump", f_dump, {"spaces"}},
    {"e", f_escape, {}},
    {"escape", f_escape, {}},
    {"first", f_first, {}},
    {"float", f_float, {"default"}},
    {"forceescape", f_escape, {}},
    {"groupby", f_groupby, {"attribute"}},
    {"indent", f_indent, {"width", "indentfirst"}},
    {"int", f_int, {"default", "base"}},
    {"join", f_join, {"d", "attribute"}},
    {"last", f_last, {}},
    {"length", f_length, {}},
    {"list", f_list, {}},
    {"lower", f_lower, {}},
    {"nl2br", f_nl2br, {}},
    {"parseEntityRef", f_parseEntityRef, {"context"}},
    {"parseRepoUrl", f_parseRepoUrl, {}},
    {"pick", f_pick, {"key"}},
    {"projectSlug", f_projectSlug, {}},
    {"reject", f_reject, {"test", "arg"}},
    {"rejectattr", f_rejectattr, {"attribute", "test", "arg"}},
    {"replace", f_replace, {"old", "new", "count"}},
    {"reverse", f_reverse, {}},
    {"round", f_round, {"precision", "method"}},
    {"safe", f_safe, {}},
    {"select", f_select, {"test", "arg"}},
    {"selectattr", f_selectattr, {"attribute", "test", "arg"}},
    {"slice", f_slice, {"slices", "fill_with"}},
    {"sort", f_sort, {"reverse", "case_sensitive", "attribute"}},
    {"string", f_string, {}},
    {"striptags", f_striptags, {"preserve_linebreaks"}},
    {"sum", f_sum, {"attribute", "start"}},
    {"title", f_title, {}},
    {"trim", f_trim, {}},
    {"truncate", f_truncate, {"length", "killwords", "end"}},
    {"upper", f_upper, {}},
    {"urlencode", f_urlencode, {}},
    {"wordcount", f_wordcount, {}},
};

const FilterDef kJsonify = {"jsonify", f_dump, {"spaces"}};

// ---- tests ----

bool t_defined(Renderer &, const QJsonValue &v, const QJsonValue &)
{
    return !v.isUndefined();
}
bool t_undefined(Renderer &, const QJsonValue &v, const QJsonValue &)
{
    return v.isUndefined();
}
bool t_none(Renderer &, const QJsonValue &v, const QJsonValue &)
{
    return v.isNull();
}
bool t_truthy(Renderer &, const QJsonValue &v, const QJsonValue &)
{
    return jsTruthy(v);
}
bool t_falsy(Renderer &, const QJsonValue &v, const QJsonValue &)
{
    return !jsTruthy(v);
}
bool t_equalto(Renderer &, const QJsonValue &v, const QJsonValue &arg)
{
    return strictEquals(v, arg);
}
bool t_ne(Renderer &, const QJsonValue &v, const QJsonValue &arg)
{
    return !strictEquals(v, arg);
}
bool t_odd(Renderer &, const QJsonValue &v, const QJsonValue &)
{
    return std::fmod(toNumber(v), 2) == 1;
}
bool t_even(Renderer &, const QJsonValue &v, const QJsonValue &)
{
    return std::fmod(toNumber(v), 2) == 0;
}
bool t_divisibleby(Renderer &, const QJsonValue &v, const QJsonValue &arg)
{
    return std::fmod(toNumber(v), toNumber(arg)) == 0;
}
bool t_number(Renderer &, const QJsonValue &v, const QJsonValue &)
{
    return isNumber(v);
}
bool t_string(Renderer &, const QJsonValue &v, const QJsonValue &)
{
    return v.isString();
}
bool t_callable(Renderer &, const QJsonValue &, const QJsonValue &)
{
    return false;
}
bool t_escaped(Renderer &, const QJsonValue &, const QJsonValue &)
{
    return false;
}
bool t_iterable(Renderer &, const QJsonValue &v, const QJsonValue &)
{
    return v.isArray() || v.isString();
}
bool t_mapping(Renderer &, const QJsonValue &v, const QJsonValue &)
{
    return v.isObject();
}
bool t_lower(Renderer &r, const QJsonValue &v, const QJsonValue &)
{
    if (!v.isString())
        r.error(QStringLiteral("the lower test needs a string"));
    return v.toString().toLower() == v.toString();
}
bool t_upper(Renderer &r, const QJsonValue &v, const QJsonValue &)
{
    if (!v.isString())
        r.error(QStringLiteral("the upper test needs a string"));
    return v.toString().toUpper() == v.toString();
}
bool t_gt(Renderer &, const QJsonValue &v, const QJsonValue &arg)
{
    return jsCompare(v, arg) == Order::Greater;
}
bool t_ge(Renderer &, const QJsonValue &v, const QJsonValue &arg)
{
    const Order o = jsCompare(v, arg);
    return o == Order::Greater || o == Order::Equal;
}
bool t_lt(Renderer &, const QJsonValue &v, const QJsonValue &arg)
{
    return jsCompare(v, arg) == Order::Less;
}
bool t_le(Renderer &, const QJsonValue &v, const QJsonValue &arg)
{
    const Order o = jsCompare(v, arg);
    return o == Order::Less || o == Order::Equal;
}

const TestDef kTests[] = {
    {"callable", t_callable},
    {"defined", t_defined},
    {"divisibleby", t_divisibleby},
    {"eq", t_equalto},
    {"equalto", t_equalto},
    {"escaped", t_escaped},
    {"even", t_even},
    {"falsy", t_falsy},
    {"ge", t_ge},
    {"greaterthan", t_gt},
    {"gt", t_gt},
    {"iterable", t_iterable},
    {"le", t_le},
    {"lessthan", t_lt},
    {"lower", t_lower},
    {"lt", t_lt},
    {"mapping", t_mapping},
    {"ne", t_ne},
    {"none", t_none},
    {"null", t_none},
    {"number", t_number},
    {"odd", t_odd},
    {"sameas", t_equalto},
    {"string", t_string},
    {"truthy", t_truthy},
    {"undefined", t_undefined},
    {"upper", t_upper},
};

template<typename T, size_t N>
const T *findByName(const T (&table)[N], QStringView name)
{
    const auto it = std::lower_bound(std::begin(table), std::end(table), name,
                                     [](const T &d, QStringView n) { return QLatin1String(d.name) < n; });
    return it != std::end(table) && QLatin1String(it->name) == name ? it : nullptr;
}

// ---- JavaScript methods ----

double toIntegerOrInfinity(const QJsonValue &v)
{
    const double d = toNumber(v);
    if (std::isnan(d))
        return 0;
    return std::trunc(d);
}

// A relative index as String/Array.prototype.slice reads it.
qsizetype relativeIndex(const QJsonValue &v, qsizetype length, qsizetype fallback)
{
    if (v.isUndefined())
        return fallback;
    const double d = toIntegerOrInfinity(v);
    if (d < 0)
        return qsizetype(std::max(0.0, double(length) + d));
    return qsizetype(std::min(d, double(length)));
}

QJsonValue argOf(const std::vector<QJsonValue> &args, size_t i)
{
    return i < args.size() ? args[i] : kUndefined;
}

bool stringMethod(Renderer &r, const QString &s, const QString &m, const std::vector<QJsonValue> &args,
                  QJsonValue *result)
{
    const QJsonValue a0 = argOf(args, 0), a1 = argOf(args, 1);
    const qsizetype n = s.size();
    if (m == QLatin1String("toUpperCase") || m == QLatin1String("toLocaleUpperCase")) {
        *result = s.toUpper();
    } else if (m == QLatin1String("toLowerCase") || m == QLatin1String("toLocaleLowerCase")) {
        *result = s.toLower();
    } else if (m == QLatin1String("trim")) {
        *result = jsTrim(s);
    } else if (m == QLatin1String("trimStart") || m == QLatin1String("trimLeft")) {
        qsizetype b = 0;
        while (b < n && isJsSpace(s.at(b)))
            ++b;
        *result = s.mid(b);
    } else if (m == QLatin1String("trimEnd") || m == QLatin1String("trimRight")) {
        qsizetype e = n;
        while (e > 0 && isJsSpace(s.at(e - 1)))
            --e;
        *result = s.left(e);
    } else if (m == QLatin1String("split")) {
        QJsonArray out;
        if (a0.isUndefined()) {
            out.append(s);
        } else {
            const QString sep = toJsString(a0);
            // Counted before the parts exist, so the budget also bounds memory.
            r.charge(sep.isEmpty() ? n : s.count(sep) + 1);
            QStringList parts;
            if (sep.isEmpty()) {
                for (QChar c : s)
                    parts << QString(c);
            } else {
                parts = s.split(sep);
            }
            const double limit = a1.isUndefined() ? 4294967295.0 : toNumber(a1);
            for (qsizetype i = 0; i < parts.size() && double(i) < limit; ++i)
                out.append(parts.at(i));
        }
        *result = out;
    } else if (m == QLatin1String("startsWith")) {
        *result = s.mid(relativeIndex(a1, n, 0)).startsWith(toJsString(a0));
    } else if (m == QLatin1String("endsWith")) {
        *result = s.left(relativeIndex(a1, n, n)).endsWith(toJsString(a0));
    } else if (m == QLatin1String("includes")) {
        *result = s.indexOf(toJsString(a0), std::max<qsizetype>(0, relativeIndex(a1, n, 0))) >= 0;
    } else if (m == QLatin1String("indexOf")) {
        *result = double(s.indexOf(toJsString(a0), std::max<qsizetype>(0, qsizetype(std::min(std::max(toIntegerOrInfinity(a1), 0.0), double(n))))));
    } else if (m == QLatin1String("lastIndexOf")) {
        *result = double(s.lastIndexOf(toJsString(a0)));
    } else if (m == QLatin1String("slice")) {
        const qsizetype b = relativeIndex(a0, n, 0), e = relativeIndex(a1, n, n);
        *result = s.mid(b, std::max<qsizetype>(0, e - b));
    } else if (m == QLatin1String("substring")) {
        auto clampIndex = [&](const QJsonValue &v, qsizetype fallback) {
            return v.isUndefined() ? fallback : qsizetype(std::clamp(toIntegerOrInfinity(v), 0.0, double(n)));
        };
        qsizetype b = clampIndex(a0, 0), e = clampIndex(a1, n);
        if (b > e)
            std::swap(b, e);
        *result = s.mid(b, e - b);
    } else if (m == QLatin1String("substr")) {
        const qsizetype b = relativeIndex(a0, n, 0);
        const double len = a1.isUndefined() ? double(n) : std::clamp(toIntegerOrInfinity(a1), 0.0, double(n));
        *result = s.mid(b, qsizetype(len));
    } else if (m == QLatin1String("charAt")) {
        const double i = toIntegerOrInfinity(a0);
        *result = i >= 0 && i < double(n) ? QString(s.at(qsizetype(i))) : QString();
    } else if (m == QLatin1String("at")) {
        double i = toIntegerOrInfinity(a0);
        if (i < 0)
            i += double(n);
        *result = i >= 0 && i < double(n) ? QJsonValue(QString(s.at(qsizetype(i)))) : kUndefined;
    } else if (m == QLatin1String("replace") || m == QLatin1String("replaceAll")) {
        const QString from = toJsString(a0), to = toJsString(a1);
        QString out = s;
        if (m == QLatin1String("replaceAll") && !from.isEmpty()) {
            r.checkLength(n + (n / from.size() + 1) * to.size());
            out.replace(from, to);
        } else {
            const qsizetype i = s.indexOf(from);
            if (i >= 0)
                out.replace(i, from.size(), to);
        }
        *result = out;
    } else if (m == QLatin1String("concat")) {
        QString out = s;
        for (const QJsonValue &a : args) {
            out += toJsString(a);
            r.checkLength(out.size());
        }
        *result = out;
    } else if (m == QLatin1String("repeat")) {
        const double count = toIntegerOrInfinity(a0);
        if (count < 0 || std::isinf(count))
            r.error(QStringLiteral("Invalid count value: %1").arg(toJsString(a0)));
        r.checkLength(qsizetype(std::min(count * double(n), 1e15)));
        *result = s.repeated(qsizetype(count));
    } else if (m == QLatin1String("padStart") || m == QLatin1String("padEnd")) {
        const double target = toIntegerOrInfinity(a0);
        const QString fill = a1.isUndefined() ? QStringLiteral(" ") : toJsString(a1);
        if (target <= double(n) || fill.isEmpty()) {
            *result = s;
        } else {
            r.checkLength(qsizetype(std::min(target, 1e15)));
            const qsizetype padLength = qsizetype(target) - n;
            QString pad = fill.repeated(padLength / fill.size() + 1).left(padLength);
            *result = m == QLatin1String("padStart") ? pad + s : s + pad;
        }
    } else if (m == QLatin1String("toString") || m == QLatin1String("valueOf")) {
        *result = s;
    } else {
        return false;
    }
    return true;
}

bool arrayMethod(Renderer &r, const QJsonArray &a, const QString &m, const std::vector<QJsonValue> &args,
                 QJsonValue *result)
{
    const QJsonValue a0 = argOf(args, 0), a1 = argOf(args, 1);
    const qsizetype n = a.size();
    r.charge(n);
    if (m == QLatin1String("join") || m == QLatin1String("toString")) {
        const QString sep = m == QLatin1String("join") && !a0.isUndefined() ? toJsString(a0) : QStringLiteral(",");
        QString out;
        for (qsizetype i = 0; i < n; ++i) {
            if (i)
                out += sep;
            if (!isNullish(a.at(i)))
                out += toJsString(a.at(i));
            r.checkLength(out.size());
        }
        *result = out;
    } else if (m == QLatin1String("includes")) {
        bool found = false;
        for (const QJsonValue &v : a)
            found = found || strictEquals(v, a0) || (isNumber(v) && isNumber(a0) && std::isnan(v.toDouble()) && std::isnan(a0.toDouble()));
        *result = found;
    } else if (m == QLatin1String("indexOf") || m == QLatin1String("lastIndexOf")) {
        double found = -1;
        for (qsizetype i = 0; i < n; ++i) {
            if (strictEquals(a.at(i), a0)) {
                found = double(i);
                if (m == QLatin1String("indexOf"))
                    break;
            }
        }
        *result = found;
    } else if (m == QLatin1String("slice")) {
        const qsizetype b = relativeIndex(a0, n, 0), e = relativeIndex(a1, n, n);
        QJsonArray out;
        for (qsizetype i = b; i < e; ++i)
            out.append(a.at(i));
        *result = out;
    } else if (m == QLatin1String("concat")) {
        QJsonArray out = a;
        for (const QJsonValue &v : args) {
            if (v.isArray()) {
                r.charge(v.toArray().size());
                for (const QJsonValue &e : v.toArray())
                    out.append(e);
            } else {
                out.append(v);
            }
        }
        *result = out;
    } else if (m == QLatin1String("at")) {
        double i = toIntegerOrInfinity(a0);
        if (i < 0)
            i += double(n);
        *result = i >= 0 && i < double(n) ? a.at(qsizetype(i)) : kUndefined;
    } else {
        return false;
    }
    return true;
}

bool numberMethod(Renderer &r, double d, const QString &m, const std::vector<QJsonValue> &args, QJsonValue *result)
{
    const QJsonValue a0 = argOf(args, 0);
    if (m == QLatin1String("toFixed")) {
        const double digits = toIntegerOrInfinity(a0);
        if (digits < 0 || digits > 100)
            r.error(QStringLiteral("toFixed() digits argument must be between 0 and 100"));
        if (!std::isfinite(d) || std::fabs(d) >= 1e21)
            *result = numberToString(d);
        else
            *result = QString::number(d, 'f', int(digits));
    } else if (m == QLatin1String("toString") || m == QLatin1String("valueOf")) {
        *result = m == QLatin1String("valueOf") ? QJsonValue(d) : QJsonValue(numberToString(d));
    } else {
        return false;
    }
    return true;
}

} // namespace

const FilterDef *findFilter(QStringView name, const Options &options)
{
    if (options.cookiecutterCompat && name == QLatin1String("jsonify"))
        return &kJsonify;
    return findByName(kFilters, name);
}

const TestDef *findTest(QStringView name)
{
    return findByName(kTests, name);
}

bool callMethod(Renderer &r, const Expr &, const QJsonValue &self, const QString &method,
                const std::vector<QJsonValue> &args, QJsonValue *result)
{
    switch (self.type()) {
    case QJsonValue::String:
        return stringMethod(r, self.toString(), method, args, result);
    case QJsonValue::Array:
        return arrayMethod(r, self.toArray(), method, args, result);
    case QJsonValue::Double:
        return numberMethod(r, self.toDouble(), method, args, result);
    default:
        return false;
    }
}

QJsonValue rangeGlobal(Renderer &r, const Expr &, const std::vector<QJsonValue> &args)
{
    double start = toNumber(argOf(args, 0));
    double stop = 0, step = 1;
    if (argOf(args, 1).isUndefined()) {
        stop = start;
        start = 0;
    } else {
        stop = toNumber(argOf(args, 1));
        step = toNumber(argOf(args, 2));
        if (!jsTruthy(argOf(args, 2)) || std::isnan(step))
            step = 1;
    }
    QJsonArray out;
    if (step > 0) {
        for (double i = start; i < stop; i += step) {
            r.charge(1);
            out.append(i);
        }
    } else {
        for (double i = start; i > stop; i += step) {
            r.charge(1);
            out.append(i);
        }
    }
    return out;
}

} // namespace atrium::tmpl::detail
