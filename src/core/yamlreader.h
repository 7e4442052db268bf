// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <memory>
#include <string>

namespace atrium {

/** Bounds that keep hostile or broken input from exhausting memory or time. */
struct YamlLimits {
    qint64 maxFileBytes = 16 * 1024 * 1024; ///< larger files are refused
    int maxDepth = 256;                      ///< nesting of maps and sequences
    qint64 maxNodes = 2'000'000;             ///< nodes per file, aliases expanded
    qint64 maxScalarBytes = 8 * 1024 * 1024;
};

/** One YAML document turned into JSON (the shape Backstage works on). */
struct YamlDocument {
    QJsonValue root;
    int index = 0;  ///< position among the file's non-empty documents
    int rawIndex = 0; ///< position among all documents of the file
    int line = 0;   ///< 1-based
    int column = 0;
    QByteArray json; ///< the same document as compact JSON text
};

struct YamlParseResult {
    QList<YamlDocument> documents; ///< empty and comment-only documents skipped
    Diagnostics diagnostics;       ///< parse errors, located
};

/** Reads every document of @p data (UTF-8, optional BOM, LF or CRLF) with the
 *  YAML 1.2 core schema that Backstage's YAML library uses: plain scalars
 *  become null, booleans and numbers, quoted ones stay strings, merge keys are
 *  ordinary keys and duplicate keys are errors.
 *
 *  Written on yaml-cpp's event API rather than its node tree: the events give
 *  positions and tags without building a second tree, and let us bound alias
 *  expansion and depth before memory is spent. */
YamlParseResult parseYaml(const QByteArray &data, const QString &file, const YamlLimits &limits = {});

/** What the plain (unquoted) scalar @p text means under the YAML 1.2 core
 *  schema: null, a boolean, a number, or the string itself. */
QJsonValue resolvePlainScalar(const QByteArray &text);

/** The part of @p data that holds the documents libyaml reads completely:
 *  all of it when the file is well-formed, else up to the end of the last
 *  document before the first syntax error. yaml-cpp 0.7's node parser (used
 *  for positions and key order) can loop without end on some malformed
 *  input that libyaml rejects; it is given only this part. */
QByteArray wellFormedYamlPrefix(const QByteArray &data);

/** What yaml-cpp's node parser (YAML::LoadAll) may be given of @p data:
 *  wellFormedYamlPrefix(), or nothing when yaml-cpp would not finish reading
 *  even that (it emits nodes without end on some input libyaml accepts).
 *  Callers then find no positions or key order, which they handle. */
std::string nodeParserInput(const QByteArray &data);

/** Finds positions of values inside a file's documents. The file is parsed
 *  again into a node tree only when a diagnostic first needs a position, so
 *  files without problems pay nothing. */
class YamlLocator
{
public:
    explicit YamlLocator(const QByteArray &data);
    ~YamlLocator();
    /** 1-based line and column of the value at @p path (keys, or array
     *  indexes as decimal strings) in document @p rawIndex; falls back to the
     *  closest ancestor that exists, and to (0, 0) when nothing does. */
    std::pair<int, int> locate(int rawIndex, const QStringList &path);

private:
    struct Private;
    QByteArray m_data;
    std::unique_ptr<Private> d;
};

} // namespace atrium
