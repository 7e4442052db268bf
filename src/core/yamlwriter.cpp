// SPDX-License-Identifier: Apache-2.0
#include "yamlwriter.h"
#include "yamlreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

namespace atrium {

namespace {

// A string the core schema would read as null, a boolean or a number, or
// whose edge spaces a plain scalar would lose, must be quoted.
bool needsQuotes(const QString &s)
{
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace())
        return true;
    return resolvePlainScalar(s.toUtf8()) != QJsonValue(s);
}

void writeNode(YAML::Emitter &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        out << YAML::BeginMap;
        for (auto it = o.begin(); it != o.end(); ++it) {
            out << YAML::Key;
            const QString key = it.key();
            if (needsQuotes(key))
                out << YAML::DoubleQuoted;
            out << key.toStdString() << YAML::Value;
            writeNode(out, it.value());
        }
        out << YAML::EndMap;
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        out << YAML::BeginSeq;
        for (const QJsonValue &x : a)
            writeNode(out, x);
        out << YAML::EndSeq;
        return;
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        // yaml-cpp writes `|` (clip: exactly one final newline) and no
        // chomping indicator, so only such strings can be literal blocks.
        if (s.contains(u'\n') && !s.front().isSpace() && s.endsWith(u'\n') && !s.endsWith(QStringLiteral("\n\n")))
            out << YAML::Literal;
        else if (needsQuotes(s))
            out << YAML::DoubleQuoted;
        out << s.toStdString();
        return;
    }
    case QJsonValue::Bool:
        out << (v.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 1e15)
            out << qint64(d);
        else
            out << QString::number(d, 'g', 17).toStdString();
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        return;
    }
}

} // namespace

QString toYaml(const QJsonValue &value)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetSeqFormat(YAML::Block);
    out.SetMapFormat(YAML::Block);
    writeNode(out, value);
    QString text = QString::fromStdString(out.c_str());
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text;
}

} // namespace atrium
