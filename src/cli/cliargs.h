// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace atrium {

/** Arguments of one command: flags, options with a value, and positionals. */
struct Args {
    QStringList positional;
    QSet<QString> flags;
    QHash<QString, QString> values;
    QString error;

    static Args parse(const QStringList &in, const QStringList &flagNames, const QStringList &valueNames)
    {
        Args a;
        for (int i = 0; i < in.size(); ++i) {
            const QString &s = in[i];
            if (s == u"--") {
                a.positional += in.mid(i + 1);
                break;
            }
            if (s.startsWith(u"--")) {
                QString name = s;
                QString value;
                const qsizetype eq = s.indexOf(u'=');
                if (eq > 0) {
                    name = s.left(eq);
                    value = s.mid(eq + 1);
                }
                if (flagNames.contains(name) && eq < 0) {
                    a.flags.insert(name);
                } else if (valueNames.contains(name)) {
                    if (eq < 0) {
                        if (i + 1 >= in.size()) {
                            a.error = QStringLiteral("option %1 needs a value").arg(name);
                            return a;
                        }
                        value = in[++i];
                    }
                    a.values.insert(name, value);
                } else {
                    a.error = QStringLiteral("unknown option %1").arg(s);
                    return a;
                }
            } else {
                a.positional << s;
            }
        }
        return a;
    }
};

} // namespace atrium
