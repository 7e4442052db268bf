// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal: JavaScript's coercions on JSON values. Nunjucks compiles templates
// to JavaScript, so what `+`, `==`, `<`, printing and `dump` do is what
// JavaScript does with the same values; these functions reproduce that.

#include <QJsonValue>
#include <QString>

namespace atrium::tmpl::detail {

// Deepest value these functions walk into; deeper ones are an error.
inline constexpr int kMaxValueDepth = 256;

inline bool isNumber(const QJsonValue &v)
{
    return v.type() == QJsonValue::Double;
}
inline bool isNullish(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

// JavaScript truthiness: false, 0, NaN, "", null and undefined are false.
bool jsTruthy(const QJsonValue &v);
// JavaScript ToNumber.
double toNumber(const QJsonValue &v);
// ToNumber of a string: trims, "" is 0, decimal, 0x/0o/0b, Infinity; else NaN.
double stringToNumber(QStringView s);
// Number.prototype.toString(): shortest round trip, no ".0", exponent past 1e21.
QString numberToString(double d);
// JavaScript String(v): "undefined", "null", arrays comma-joined (nullish
// elements empty), objects "[object Object]".
QString toJsString(const QJsonValue &v, int depth = 0);
// What an output tag prints: as toJsString but null and undefined print nothing.
QString toOutput(const QJsonValue &v);
// JavaScript `==`. Arrays and objects compare by content, as there are no
// references to compare.
bool looseEquals(const QJsonValue &a, const QJsonValue &b);
// JavaScript `===` (NaN differs from itself; containers by content).
bool strictEquals(const QJsonValue &a, const QJsonValue &b);
// How JavaScript's relational operators order a and b: two strings
// by UTF-16 code units, anything else as numbers (NaN: Unordered).
enum class Order { Less, Equal, Greater, Unordered };
Order jsCompare(const QJsonValue &a, const QJsonValue &b);
// JavaScript `a + b`.
QJsonValue jsAdd(const QJsonValue &a, const QJsonValue &b);
// JSON.stringify(v, null, indent); a null QString for undefined. indent is
// the gap string (already limited to 10 characters).
QString jsonStringify(const QJsonValue &v, const QString &indent = {});
// JSON.parse of a complete text; false when it is not valid JSON.
bool jsonParse(const QString &text, QJsonValue *out);
// Number → JSON value; non-finite numbers stay doubles (they print as NaN).
inline QJsonValue num(double d)
{
    return QJsonValue(d);
}
// JavaScript parseInt(String(v), radix) (radix 0: 10, or 16 after "0x")
// and parseFloat(String(v)).
double jsParseInt(const QJsonValue &v, int radix = 10);
double jsParseFloat(const QJsonValue &v);
// JavaScript's String.prototype.trim whitespace.
bool isJsSpace(QChar c);
QString jsTrim(const QString &s);
// The property name JavaScript makes of key (numbers as printed).
QString propertyKey(const QJsonValue &key);
// JSON.parse(JSON.stringify(v)): non-finite numbers become null.
QJsonValue jsonRoundTrip(const QJsonValue &v, int depth = 0);

} // namespace atrium::tmpl::detail
