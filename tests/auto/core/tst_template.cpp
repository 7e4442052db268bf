// SPDX-License-Identifier: Apache-2.0
#include "templateengine.h"
#include "yamlreader.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

using namespace atrium;
using namespace atrium::tmpl;

namespace {

// JSON texts below write a quote inside a string as \u0022: moc misreads
// \" inside raw string literals and then finds no test class.
QJsonValue json(const char *text)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]", &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s (%s)", text, qPrintable(err.errorString()));
    return doc.array().at(0);
}

QJsonObject object(const char *text)
{
    return json(text).toObject();
}

QString compact(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("undefined");
    QJsonArray a;
    a.append(v);
    const QByteArray s = QJsonDocument(a).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(s.mid(1, s.size() - 2));
}

/** Parses and renders; on failure returns "ERROR line:col message". */
QString run(const QString &source, const QJsonObject &context = {}, const Options &options = {},
            const QHash<QString, Function> &globals = {})
{
    Error error;
    const Template t = Template::parse(source, options, &error);
    QString out;
    if (t.isValid())
        out = t.render(context, &error, globals);
    if (error.isError())
        return QStringLiteral("ERROR %1:%2 %3").arg(error.line).arg(error.column).arg(error.message);
    return out;
}

const char *kValues = R"({"values": {
    "name": "my-app", "count": 3, "flag": true, "html": "<b>x</b>",
    "owner": "group:default/team-a", "repoUrl": "github.com?owner=acme&repo=my-app"}})";

/** Binary files are copied, not rendered, by fetch:template (isbinaryfile);
 *  NUL bytes or invalid UTF-8 stand in for its check here. */
bool readText(const QString &path, QString *text)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = f.readAll();
    if (data.left(8000).contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    *text = decoder(data);
    return !decoder.hasError();
}

QStringList listFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

bool matchesAnyGlob(const QString &relative, const QJsonArray &globs)
{
    bool matched = false;
    for (const QJsonValue &g : globs) {
        QString pattern = g.toString();
        const bool negative = pattern.startsWith(u'!');
        if (negative)
            pattern.remove(0, 1);
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
        if (re.match(relative).hasMatch())
            matched = !negative;
    }
    return matched;
}

/** Form answers that fit every template in the corpora. */
QJsonObject plausibleParameters()
{
    return object(R"({
        "name": "my-service", "component_id": "my-component", "description": "A \u0022quoted\u0022 description",
        "owner": "group:default/team-a", "repoUrl": "github.com?owner=acme&repo=my-component",
        "system": "system:default/audio", "java_package_name": "com.acme.svc", "package": "com.acme",
        "projectType": "rest", "coverage": 80, "lombok": true, "metrics": true, "mode": "dark",
        "topics": ["writing-templates", "builtin-actions"], "serviceName": "order-service",
        "ownerTeam": "group:default/team-platform", "tier": "tier-1", "javaVersion": "21",
        "database": "postgresql", "messageQueue": "kafka", "replicaCount": 3, "dbName": "loyalty_points",
        "environment": "staging", "instanceClass": "db.r7g.large", "storageGb": 100, "multiAz": false,
        "targetPath": "services/my-service", "branchName": "add-my-service", "dryRun": false,
        "railsArguments": {"database": "postgresql"}, "assignee": "someone"})");
}

struct RenderedTree {
    QHash<QString, QString> files; ///< rendered relative path → rendered content
    QStringList failures;          ///< "path: line:col message", for files that must render
    QStringList verbatimFailures;  ///< the same for files a template copies verbatim
};

} // namespace

class TestTemplate : public QObject
{
    Q_OBJECT

    RenderedTree renderSkeleton(const QString &dir, const QJsonObject &values, const QJsonObject &input, bool cookiecutter);
    void renderTemplateCorpus(const QString &root, QHash<QString, RenderedTree> *trees);

private Q_SLOTS:
    void nunjucks_data();
    void nunjucks();
    void extensions_data();
    void extensions();
    void errors_data();
    void errors();
    void stepInputs();
    void stepInputEdgeCases_data();
    void stepInputEdgeCases();
    void evaluate();
    void isTruthy_data();
    void isTruthy();
    void backstageFilters_data();
    void backstageFilters();
    void cookiecutter();
    void globals();
    void budget();
    void outputCap();
    void nestingLimits();
    void arbitraryInputDoesNotCrash();
    void parseOnceRenderMany();
    void compatTemplates();
    void demoTemplates();
};

// ---- Nunjucks behaviour, checked against Nunjucks itself ----

void TestTemplate::nunjucks_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QJsonObject>("context");
    QTest::addColumn<bool>("trimBlocks");
    QTest::addColumn<bool>("lstripBlocks");
    QTest::addColumn<QString>("expected");
    QFile f(QStringLiteral(ATRIUM_TEST_DATA "/template/nunjucks-cases.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject shared = doc.value(QLatin1String("context")).toObject();
    const QJsonArray cases = doc.value(QLatin1String("cases")).toArray();
    QVERIFY(cases.size() > 80);
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        const QJsonObject options = c.value(QLatin1String("options")).toObject();
        QTest::newRow(qPrintable(c.value(QLatin1String("name")).toString()))
            << c.value(QLatin1String("template")).toString()
            << (c.contains(QLatin1String("context")) ? c.value(QLatin1String("context")).toObject() : shared)
            << options.value(QLatin1String("trimBlocks")).toBool() << options.value(QLatin1String("lstripBlocks")).toBool()
            << c.value(QLatin1String("output")).toString();
    }
}

void TestTemplate::nunjucks()
{
    QFETCH(QString, source);
    QFETCH(QJsonObject, context);
    QFETCH(bool, trimBlocks);
    QFETCH(bool, lstripBlocks);
    QFETCH(QString, expected);
    Options options;
    options.trimBlocks = trimBlocks;
    options.lstripBlocks = lstripBlocks;
    QCOMPARE(run(source, context, options), expected);
}

// Where this engine knowingly differs from Nunjucks 3.2.3, or goes beyond it.
void TestTemplate::extensions_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    // The brief's Jinja spellings; Nunjucks reads True as an undefined variable.
    QTest::newRow("True False None") << "${{ True }} ${{ False }} [${{ None }}] ${{ None | dump }}"
                                     << "true false [] null";
    QTest::newRow("none test") << "${{ values.x is none }} ${{ null is none }} ${{ [1, null] | reject('none') | dump }}"
                               << "false true [1]";
    // Object keys come sorted: QJsonObject does not keep insertion order.
    QTest::newRow("object iteration order") << "{% for k, v in {b: 1, a: 2} %}${{ k }}{% endfor %}" << "ab";
    // Jinja's selectattr(attr, test, arg); Nunjucks takes only the attribute.
    QTest::newRow("selectattr with a test") << "${{ [{n: 1}, {n: 2}, {n: 3}] | selectattr('n', 'odd') | dump }}"
                                            << "[{\"n\":1},{\"n\":3}]";
    QTest::newRow("rejectattr with a test") << "${{ [{n: 1}, {n: 2}] | rejectattr('n', 'equalto', 2) | dump }}"
                                            << "[{\"n\":1}]";
    // Numbers where Nunjucks wants a string (it throws a TypeError).
    QTest::newRow("number to string filters") << "${{ 5 | upper }}|${{ 1.5 | truncate(2) }}|${{ 12 | trim }}"
                                              << "5|1....|12";
    QTest::newRow("double negation") << "${{ - -2 }}" << "2";
    QTest::newRow("keyword arguments") << "${{ 'x' | default(boolean=true, default_value='d') }}|${{ '' | default(boolean=true, default_value='d') }}"
                                       << "x|d";
    QTest::newRow("raw end tag with dash") << "{% raw %}a  {%- endraw %}b" << "ab";
    QTest::newRow("lone dollar and braces") << "$ {} ${ x } {{ y }} $${{ 'z' }}" << "$ {} ${ x } {{ y }} $z";
    QTest::newRow("terraform interpolation") << "name = \"${local.id}-${{ values.name }}\"" << "name = \"${local.id}-my-app\"";
    QTest::newRow("long elif chain") << [] {
        QString s = QStringLiteral("{% if values.count == 0 %}0");
        for (int i = 1; i < 3000; ++i)
            s += QStringLiteral("{% elif values.count == %1 %}%1").arg(i);
        return s + QStringLiteral("{% endif %}");
    }() << "3";
}

void TestTemplate::extensions()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(run(source, object(kValues)), expected);
}

// ---- errors and their positions ----

void TestTemplate::errors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("unclosed output tag") << "line one\n  ${{ values.name" << "unclosed output tag: expected }}" << 2 << 3;
    QTest::newRow("unclosed block tag") << "a {% if x " << "unclosed tag: expected %}" << 1 << 3;
    QTest::newRow("unclosed if") << "x\n{% if values.flag %}\nbody" << "unclosed 'if' tag" << 2 << 4;
    QTest::newRow("unclosed for") << "{% for x in [1] %}{% if x %}{% endif %}" << "unclosed 'for' tag" << 1 << 4;
    QTest::newRow("unknown filter") << "a\n  ${{ values.name | shout }}" << "filter not found: shout" << 2 << 21;
    QTest::newRow("unknown filter in a loop") << "{% for x in [1] %}\n${{ x | nope(1) }}{% endfor %}"
                                              << "filter not found: nope" << 2 << 9;
    QTest::newRow("unknown function") << "${{ shout(1) }}" << "Unable to call `shout`, which is undefined or falsey" << 1 << 5;
    QTest::newRow("data is not callable") << "${{ values.name() }}" << "Unable to call `values[\"name\"]`, which is not a function" << 1 << 5;
    QTest::newRow("unknown method") << "${{ values.name.shout() }}" << "Unable to call `values[\"name\"][\"shout\"]`" << 1 << 5;
    QTest::newRow("unknown test") << "${{ 1 is frob }}" << "test not found: frob" << 1 << 10;
    QTest::newRow("bad expression") << "${{ 1 +* 2 }}" << "unexpected *" << 1 << 8;
    QTest::newRow("empty output") << "${{ }}" << "unexpected end of output tag" << 1 << 5;
    QTest::newRow("missing operand") << "a\nb\n  {% for x in %}" << "unexpected %}" << 3 << 15;
    QTest::newRow("two values") << "${{ 'a' 'b' }}" << "expected end of output tag }}, got string \"b\"" << 1 << 9;
    QTest::newRow("unterminated string") << "${{ \"abc }}" << "unterminated string" << 1 << 5;
    QTest::newRow("unknown tag") << "{% frobnicate %}" << "unknown block tag: frobnicate" << 1 << 4;
    QTest::newRow("stray endif") << "ok\n{% endif %}" << "unknown block tag: endif" << 2 << 4;
    QTest::newRow("include") << "{% include 'other.njk' %}" << "not supported: templates cannot read other files ({% include %})" << 1 << 4;
    QTest::newRow("import") << "{%- import 'm.njk' as m %}" << "not supported: templates cannot read other files ({% import %})" << 1 << 5;
    QTest::newRow("extends") << "{% extends 'base.njk' %}" << "templates cannot read other files" << 1 << 4;
    QTest::newRow("from") << "{% from 'm.njk' import x %}" << "templates cannot read other files" << 1 << 4;
    QTest::newRow("macro") << "{% macro m() %}{% endmacro %}" << "not supported: {% macro %}" << 1 << 4;
    QTest::newRow("unclosed comment") << "a {# note" << "unclosed comment: expected #}" << 1 << 3;
    QTest::newRow("comment end in text") << "a #} b" << "unexpected end of comment" << 1 << 3;
    QTest::newRow("shell length of $#") << "echo ${#}" << "unclosed comment: expected #}" << 1 << 7;
    QTest::newRow("unclosed raw") << "x {% raw %}${{ y }}" << "unclosed 'raw' block: expected {% endraw %}" << 1 << 3;
    QTest::newRow("set without value") << "{% set x 5 %}" << "expected '=' or %} in 'set'" << 1 << 10;
    QTest::newRow("for without in") << "{% for x of y %}" << "expected 'in'" << 1 << 10;
    QTest::newRow("object key") << "${{ {1: 2} }}" << "expected a string or a name as object key" << 1 << 6;
    QTest::newRow("in on a number") << "${{ 'a' in 5 }}" << "Cannot use \"in\" operator to search for \"a\" in unexpected types." << 1 << 9;
    QTest::newRow("in on undefined") << "{% if 'x' in values.topics %}{% endif %}" << "Cannot use \"in\" operator" << 1 << 11;
    QTest::newRow("trim of undefined") << "${{ values.missing | trim }}" << "trim: the value is undefined" << 1 << 22;
    QTest::newRow("first of null") << "${{ null | first }}" << "first: the value is null" << 1 << 12;
    QTest::newRow("dictsort of array") << "${{ [1] | dictsort }}" << "dictsort filter: val must be an object" << 1 << 11;
    QTest::newRow("list of number") << "${{ 5 | list }}" << "list filter: type not iterable" << 1 << 9;
    QTest::newRow("unknown keyword") << "${{ [1] | sort(bogus=1) }}" << "filter sort has no argument named bogus" << 1 << 11;
    QTest::newRow("negative repeat") << "${{ 'a'.repeat(-1) }}" << "Invalid count value: -1" << 1 << 5;
}

void TestTemplate::errors()
{
    QFETCH(QString, source);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    Error error;
    const Template t = Template::parse(source, {}, &error);
    if (t.isValid()) {
        QVERIFY2(!error.isError(), qPrintable(error.message));
        const QString out = t.render(object(kValues), &error);
        QVERIFY(out.isEmpty());
    }
    QVERIFY2(error.isError(), "no error");
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

// ---- Backstage's step input rules ----

void TestTemplate::stepInputs()
{
    const QJsonObject context = object(R"({
        "parameters": {"name": "svc", "port": 8080, "enabled": true, "tags": ["a", "b"], "version": "42",
                       "repoUrl": "github.com?owner=acme&repo=svc", "nothing": null, "empty": ""},
        "steps": {"publish": {"output": {"remoteUrl": "https://github.com/acme/svc"}},
                  "create-pr": {"output": {"remoteUrl": "https://github.com/acme/svc/pull/1"}}},
        "secrets": {}})");
    const QJsonValue input = json(R"({
        "object": "${{ parameters.repoUrl | parseRepoUrl }}",
        "number": "${{ parameters.port }}",
        "bool": "${{ parameters.enabled }}",
        "array": "${{ parameters.tags }}",
        "string": "${{ parameters.name }}",
        "numericString": "${{ parameters.version }}",
        "emptyString": "${{ \u0022\u0022 }}",
        "ifFalse": "{% if parameters.enabled %}false{% endif %}",
        "ifNumber": "{% if parameters.enabled %}42{% else %}0{% endif %}",
        "ifWord": "{% if parameters.enabled %}yes{% endif %}",
        "mixed": "name: ${{ parameters.name }}",
        "textAfter": "${{ parameters.port }}0",
        "padded": " ${{ parameters.port }}",
        "undefined": "${{ parameters.missing }}",
        "emptyText": "",
        "ifNothing": "{% if parameters.nothing %}x{% endif %}",
        "null": "${{ parameters.nothing }}",
        "emptyParameter": "${{ parameters.empty }}",
        "plain": "just text",
        "notTemplated": 5,
        "literalBool": true,
        "nested": {"deep": ["${{ parameters.port }}", "${{ parameters.missing }}", "x-${{ parameters.name }}"]},
        "stepsBracket": "${{ steps['create-pr'].output.remoteUrl }}",
        "stepsDot": "${{ steps.publish.output.remoteUrl }}",
        "secretOrFalse": "${{ secrets.USER_OAUTH_TOKEN or false }}",
        "dumped": "${{ parameters.name | dump }}",
        "pick": "${{ parameters.repoUrl | parseRepoUrl | pick('owner') }}",
        "inlineIfWithoutElse": "${{ 'x' if parameters.nothing }}"
    })");
    Error error;
    const QJsonValue out = renderValue(input, context, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const QJsonValue expected = json(R"({
        "object": {"host": "github.com", "owner": "acme", "repo": "svc"},
        "number": 8080,
        "bool": true,
        "array": ["a", "b"],
        "string": "svc",
        "numericString": "42",
        "emptyString": "",
        "ifFalse": false,
        "ifNumber": 42,
        "ifWord": "yes",
        "mixed": "name: svc",
        "textAfter": "80800",
        "padded": " 8080",
        "null": null,
        "emptyParameter": "",
        "plain": "just text",
        "notTemplated": 5,
        "literalBool": true,
        "nested": {"deep": [8080, null, "x-svc"]},
        "stepsBracket": "https://github.com/acme/svc/pull/1",
        "stepsDot": "https://github.com/acme/svc",
        "secretOrFalse": false,
        "dumped": "\u0022svc\u0022",
        "pick": "acme",
        "inlineIfWithoutElse": ""
    })");
    const QJsonObject got = out.toObject(), want = expected.toObject();
    for (auto it = want.begin(); it != want.end(); ++it)
        QVERIFY2(got.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: got %2, want %3").arg(it.key(), compact(got.value(it.key())), compact(it.value()))));
    QCOMPARE(got.keys(), want.keys()); // undefined, emptyText and ifNothing are dropped

    // A top-level string that renders to nothing is undefined.
    QVERIFY(renderValue(QJsonValue(QStringLiteral("${{ parameters.missing }}")), context).isUndefined());

    // The first error stops rendering and says where.
    QVERIFY(renderValue(json(R"({"a": "ok", "b": "${{ parameters.name | nope }}"})"), context, &error).isUndefined());
    QVERIFY(error.message.contains(QLatin1String("filter not found: nope")));
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, 23);
}

// The rewrite to `( expr ) | dump` works line by line, as Backstage's regex does.
void TestTemplate::stepInputEdgeCases_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // compact JSON
    QTest::newRow("expression over lines, number") << "${{\n  parameters.port\n}}" << "8080";
    QTest::newRow("expression over lines, string") << "${{\n  parameters.name\n}}" << "\"svc\"";
    QTest::newRow("expression over lines, array prints") << "${{\n  parameters.tags\n}}" << "\"a,b\"";
    QTest::newRow("one if with two outputs") << "{% if parameters.port %}${{ parameters.port }}{% else %}${{ 0 }}{% endif %}" << "\"8080\"";
    QTest::newRow("for loop") << "{% for t in parameters.tags %}${{ t }}{% endfor %}" << "\"ab\"";
    QTest::newRow("set alone") << "{% set x = 1 %}" << "undefined";
    QTest::newRow("comment alone") << "{# nothing #}" << "undefined";
    QTest::newRow("raw alone is text") << "{% raw %}42{% endraw %}" << "\"42\"";
    QTest::newRow("json object from if") << "{% if true %}{\"a\": 1}{% endif %}" << "{\"a\":1}";
    QTest::newRow("NaN becomes null") << "${{ 0 / 0 }}" << "null";
    QTest::newRow("cookiecutter-looking text") << "{{ x }}" << "\"{{ x }}\"";
}

void TestTemplate::stepInputEdgeCases()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QJsonObject context = object(R"({"parameters": {"name": "svc", "port": 8080, "tags": ["a", "b"]}})");
    Error error;
    const QJsonValue out = renderValue(QJsonValue(input), context, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(compact(out), expected);
}

void TestTemplate::evaluate()
{
    const QJsonObject context = object(R"({"p": {"port": 8080, "o": {"a": [1, 2]}, "s": "x"}})");
    Error error;
    Template t = Template::parse(QStringLiteral("${{ p.port }}"));
    QVERIFY(t.isSingleExpression());
    QCOMPARE(t.evaluate(context, &error), QJsonValue(8080));
    QVERIFY(!error.isError());
    QCOMPARE(Template::parse(QStringLiteral("${{ p.o }}")).evaluate(context), json(R"({"a": [1, 2]})"));
    QCOMPARE(Template::parse(QStringLiteral("${{ p.port > 80 }}")).evaluate(context), QJsonValue(true));
    QCOMPARE(Template::parse(QStringLiteral("${{ [p.missing, 0/0] }}")).evaluate(context), json("[null, null]"));
    QCOMPARE(Template::parse(QStringLiteral("${{ {a: p.missing, b: 1} }}")).evaluate(context), json(R"({"b": 1})"));
    QVERIFY(Template::parse(QStringLiteral("${{ p.missing }}")).evaluate(context).isUndefined());
    QCOMPARE(Template::parse(QStringLiteral("${{ 1 / 0 }}")).evaluate(context), QJsonValue(QJsonValue::Null));

    t = Template::parse(QStringLiteral("port ${{ p.port }}"));
    QVERIFY(!t.isSingleExpression());
    QCOMPARE(t.evaluate(context), QJsonValue(QStringLiteral("port 8080")));
    QVERIFY(!Template::parse(QStringLiteral(" ${{ p.port }}")).isSingleExpression());
    QVERIFY(!Template::parse(QStringLiteral("{% if 1 %}1{% endif %}")).isSingleExpression());

    QVERIFY(Template::parse(QStringLiteral("${{ p | nope }}")).evaluate(context, &error).isUndefined());
    QVERIFY(error.message.contains(QLatin1String("nope")));
    QVERIFY(Template::parse(QStringLiteral("${{ p")).evaluate(context, &error).isUndefined());
    QVERIFY(error.isError());
    QVERIFY(!Template().isValid());
}

void TestTemplate::isTruthy_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("truthy");
    QTest::newRow("false") << "false" << false;
    QTest::newRow("null") << "null" << false;
    QTest::newRow("empty string") << "\"\"" << false;
    QTest::newRow("zero") << "0" << false;
    QTest::newRow("empty array") << "[]" << false;
    QTest::newRow("true") << "true" << true;
    QTest::newRow("string false") << "\"false\"" << true;
    QTest::newRow("string zero") << "\"0\"" << true;
    QTest::newRow("number") << "-1" << true;
    QTest::newRow("array") << "[0]" << true;
    QTest::newRow("empty object") << "{}" << true;
}

void TestTemplate::isTruthy()
{
    QFETCH(QString, value);
    QFETCH(bool, truthy);
    QCOMPARE(tmpl::isTruthy(json(value.toUtf8().constData())), truthy);
    QCOMPARE(tmpl::isTruthy(QJsonValue(QJsonValue::Undefined)), false);
}

// ---- Backstage's filters ----

void TestTemplate::backstageFilters_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("parseRepoUrl github")
        << "${{ 'github.com?owner=o&repo=r' | parseRepoUrl | dump }}" << R"({"host":"github.com","owner":"o","repo":"r"})";
    QTest::newRow("parseRepoUrl member") << "${{ (values.repoUrl | parseRepoUrl).owner }}" << "acme";
    QTest::newRow("parseRepoUrl azure")
        << "${{ 'dev.azure.com?organization=org&project=p&repo=r' | parseRepoUrl | dump }}"
        << R"({"host":"dev.azure.com","organization":"org","project":"p","repo":"r"})";
    QTest::newRow("parseRepoUrl gitlab project id") << "${{ 'gitlab.com?project=123' | parseRepoUrl | dump }}"
                                                    << R"({"host":"gitlab.com","project":"123"})";
    QTest::newRow("parseRepoUrl bitbucket cloud")
        << "${{ 'bitbucket.org?workspace=w&project=p&repo=r' | parseRepoUrl | dump }}"
        << R"({"host":"bitbucket.org","project":"p","repo":"r","workspace":"w"})";
    QTest::newRow("parseRepoUrl decoding") << "${{ 'github.com?owner=a%20b&repo=c+d&owner=ignored' | parseRepoUrl | dump }}"
                                           << R"({"host":"github.com","owner":"a b","repo":"c d"})";
    QTest::newRow("parseRepoUrl port") << "${{ ('ghe.example.com:8443?owner=o&repo=r' | parseRepoUrl).host }}"
                                       << "ghe.example.com:8443";
    QTest::newRow("parseRepoUrl missing repo") << "${{ 'github.com?owner=o' | parseRepoUrl }}"
                                               << "ERROR 1:28 Invalid repo URL passed to publisher: https://github.com/?owner=o, missing repo";
    QTest::newRow("parseRepoUrl missing owner") << "${{ 'github.com?repo=r' | parseRepoUrl }}"
                                                << "ERROR 1:27 Invalid repo URL passed to publisher: https://github.com/?repo=r, missing owner";
    QTest::newRow("parseRepoUrl gitlab missing") << "${{ 'gitlab.example.com?owner=o' | parseRepoUrl }}"
                                                 << "ERROR 1:36 Invalid repo URL passed to publisher: https://gitlab.example.com/?owner=o, missing repo";
    QTest::newRow("parseRepoUrl no host") << "${{ '?owner=o&repo=r' | parseRepoUrl }}"
                                          << "ERROR 1:25 Invalid repo URL passed to publisher, got ?owner=o&repo=r";
    QTest::newRow("parseRepoUrl undefined") << "${{ values.missing | parseRepoUrl }}"
                                            << "ERROR 1:22 No matching integration configuration for host undefined, please check your integrations config";
    QTest::newRow("projectSlug") << "${{ values.repoUrl | projectSlug }}" << "acme/my-app";
    QTest::newRow("pick") << "${{ values.repoUrl | parseRepoUrl | pick('repo') }}" << "my-app";
    // `}}` always ends the tag, as in Nunjucks: nested objects close with `} }`.
    QTest::newRow("pick path") << "${{ {a: {b: [1, {c: 'deep'}]} } | pick('a.b[1].c') }}|${{ {a: {b: [1, {c: 'deep'}]} } | pick('a[\"b\"][0]') }}"
                               << "deep|1";
    QTest::newRow("pick literal key first") << "${{ {'a.b': 1, a: {b: 2} } | pick('a.b') }}" << "1";
    QTest::newRow("pick missing") << "[${{ {a: 1} | pick('b.c') }}][${{ values.missing | pick('a') }}]" << "[][]";
    QTest::newRow("parseEntityRef")
        << "${{ values.owner | parseEntityRef | dump }}" << R"({"kind":"group","name":"team-a","namespace":"default"})";
    QTest::newRow("parseEntityRef keeps case") << "${{ 'Component:Prod/Svc' | parseEntityRef | dump }}"
                                               << R"({"kind":"Component","name":"Svc","namespace":"Prod"})";
    QTest::newRow("parseEntityRef defaults")
        << "${{ 'team-a' | parseEntityRef({defaultKind: 'group', defaultNamespace: 'ops'}) | dump }}"
        << R"({"kind":"group","name":"team-a","namespace":"ops"})";
    QTest::newRow("parseEntityRef slash before colon") << "${{ ('ns/na:me' | parseEntityRef({defaultKind: 'component'})).name }}"
                                                       << "na:me";
    QTest::newRow("parseEntityRef compound") << "${{ {kind: 'user', name: 'guest'} | parseEntityRef | dump }}"
                                             << R"({"kind":"user","name":"guest","namespace":"default"})";
    QTest::newRow("parseEntityRef name") << "${{ (values.owner | parseEntityRef).name }}" << "team-a";
    QTest::newRow("parseEntityRef no kind") << "${{ 'team-a' | parseEntityRef }}"
                                            << "ERROR 1:16 Entity reference \"team-a\" had missing or empty kind (e.g. did not start with \"component:\" or similar)";
    QTest::newRow("parseEntityRef malformed") << "${{ 'a:/x' | parseEntityRef }}"
                                              << "ERROR 1:14 Entity reference \"a:/x\" was not on the form [<kind>:][<namespace>/]<name>";
    QTest::newRow("parseEntityRef empty") << "${{ '' | parseEntityRef }}" << "ERROR 1:10 Entity reference must not be empty";
    QTest::newRow("dump quotes a name") << "name: ${{ values.name | dump }}\ndesc: ${{ 'say \"hi\"\\n' | dump }}"
                                        << "name: \"my-app\"\ndesc: \"say \\\"hi\\\"\\n\"";
    QTest::newRow("jsonify needs cookiecutter mode") << "${{ values.name | jsonify }}" << "ERROR 1:19 filter not found: jsonify";
}

void TestTemplate::backstageFilters()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(run(source, object(kValues)), expected);
}

void TestTemplate::cookiecutter()
{
    Options options;
    options.variableStart = QStringLiteral("{{");
    options.variableEnd = QStringLiteral("}}");
    options.cookiecutterCompat = true;
    const QJsonObject context = object(R"({"cookiecutter": {"name": "docs", "owner": "group:default/team-a"}})");
    QCOMPARE(run(QStringLiteral("name: {{ cookiecutter.name | jsonify }}\nowner: {{cookiecutter.owner}}\n"
                                "literal: ${{ github.sha }}\n{%- if cookiecutter.name %} yes{% endif %}"),
                 context, options),
             QStringLiteral("name: \"docs\"\nowner: group:default/team-a\nliteral: $ yes"));
    QCOMPARE(run(QStringLiteral("{{- ' x ' -}}  ."), context, options), QStringLiteral(" x ."));
}

void TestTemplate::globals()
{
    QHash<QString, Function> globals;
    globals.insert(QStringLiteral("always"), [](const QJsonArray &) { return QJsonValue(true); });
    globals.insert(QStringLiteral("join3"), [](const QJsonArray &args) {
        QStringList parts;
        for (const QJsonValue &a : args)
            parts << (a.isObject() ? QStringLiteral("kw:") + a.toObject().keys().join(u',') : a.toVariant().toString());
        return QJsonValue(parts.join(u'+'));
    });
    globals.insert(QStringLiteral("range"), [](const QJsonArray &) { return QJsonValue(QStringLiteral("mine")); });
    QCOMPARE(run(QStringLiteral("${{ always() }}|${{ join3('a', 1, k=2) }}|${{ range(3) }}|${{ values.name | length }}"),
                 object(kValues), {}, globals),
             QStringLiteral("true|a+1+kw:k|mine|6"));
    // Context data shadows globals and is not callable, as in Nunjucks.
    QVERIFY(run(QStringLiteral("${{ always() }}"), object(R"({"always": 1})"), {}, globals).contains(QLatin1String("not a function")));
    QCOMPARE(run(QStringLiteral("{% if always() and failure is not defined %}run{% endif %}"), {}, {}, globals),
             QStringLiteral("run"));
}

// ---- limits ----

void TestTemplate::budget()
{
    QElapsedTimer timer;
    timer.start();
    const QString nested = QStringLiteral("{% for i in range(100000) %}\n{% for j in range(100000) %}x{% endfor %}{% endfor %}");
    const QString out = run(nested);
    QVERIFY2(out.startsWith(QLatin1String("ERROR 2:")), qPrintable(out.left(200)));
    QVERIFY2(out.contains(QLatin1String("more than 5000000 operations")), qPrintable(out.left(200)));
    QVERIFY(out.contains(QLatin1String("huge loop")));

    Options small;
    small.maxOperations = 1000;
    QVERIFY(run(QStringLiteral("{% for i in range(10000) %}{% endfor %}"), {}, small).contains(QLatin1String("more than 1000 operations")));
    QVERIFY(run(QStringLiteral("${{ range(1000000000) | length }}"), {}, small).contains(QLatin1String("operations")));
    QVERIFY(run(QStringLiteral("${{ range(0, 1, 0.0000000000000001) | length }}"), {}, small).contains(QLatin1String("operations")));
    QVERIFY(run(QStringLiteral("{% set a = [1] %}{% for i in range(64) %}{% set a = a.concat(a) %}{% endfor %}"), {}, small)
                .contains(QLatin1String("operations")));
    QCOMPARE(run(QStringLiteral("{% for i in range(100) %}{% endfor %}done"), {}, small), QStringLiteral("done"));
    QVERIFY2(timer.elapsed() < 20000, "the budget must stop huge loops quickly");
}

void TestTemplate::outputCap()
{
    Options options;
    options.maxOutputChars = 1000;
    const QString expected = QStringLiteral("output would exceed the limit of 1000 characters");
    QVERIFY(run(QStringLiteral("{% for i in range(200) %}0123456789{% endfor %}"), {}, options).contains(expected));
    QVERIFY(run(QStringLiteral("{% set s = 'xx' %}{% for i in range(64) %}{% set s = s ~ s %}{% endfor %}"), {}, options).contains(expected));
    QVERIFY(run(QStringLiteral("${{ 'ab'.repeat(100000000) }}"), {}, options).contains(expected));
    QVERIFY(run(QStringLiteral("${{ 'x' | center(100000000) }}"), {}, options).contains(expected));
    QVERIFY(run(QStringLiteral("${{ 'x' | indent(100000000, true) }}"), {}, options).contains(expected));
    QVERIFY(run(QStringLiteral("{% set s %}{% for i in range(200) %}0123456789{% endfor %}{% endset %}"), {}, options).contains(expected));
    QCOMPARE(run(QStringLiteral("{% for i in range(100) %}0123456789{% endfor %}"), {}, options).size(), 1000);
    // The default is 10 MiB and is named in the error.
    QVERIFY(run(QStringLiteral("{% set s = '0123456789abcdef' %}{% for i in range(24) %}{% set s = s ~ s %}{% endfor %}"))
                .contains(QLatin1String("limit of 10485760 characters")));
}

void TestTemplate::nestingLimits()
{
    const QString deep = QStringLiteral("nested more than 200 levels deep");
    QVERIFY(run(QStringLiteral("${{ ") + QString(5000, u'(') + u'1' + QString(5000, u')') + QStringLiteral(" }}")).contains(deep));
    QVERIFY(run(QStringLiteral("${{ ") + QString(5000, u'[') + QString(5000, u']') + QStringLiteral(" }}")).contains(deep));
    QVERIFY(run(QStringLiteral("${{ ") + QStringLiteral("{a: ").repeated(5000) + QStringLiteral(" }}")).contains(deep));
    QVERIFY(run(QStringLiteral("${{ ") + QStringLiteral("not ").repeated(5000) + QStringLiteral("x }}")).contains(deep));
    QVERIFY(run(QStringLiteral("${{ ") + QStringLiteral("- ").repeated(5000) + QStringLiteral("1 }}")).contains(deep));
    QVERIFY(run(QStringLiteral("${{ a") + QStringLiteral(" ~ a").repeated(5000) + QStringLiteral(" }}")).contains(deep));
    QVERIFY(run(QStringLiteral("${{ a") + QStringLiteral(" | abs").repeated(5000) + QStringLiteral(" }}")).contains(deep));
    QVERIFY(run(QStringLiteral("${{ a") + QStringLiteral(".b").repeated(5000) + QStringLiteral(" }}")).contains(deep));
    QVERIFY(run(QStringLiteral("${{ f") + QStringLiteral("(1)").repeated(5000) + QStringLiteral(" }}")).contains(deep));
    QVERIFY(run(QStringLiteral("{% if true %}").repeated(5000) + QStringLiteral("{% endif %}").repeated(5000)).contains(deep));
    QVERIFY(run(QStringLiteral("{% for x in [1] %}").repeated(5000)).contains(deep));
    // Realistic depths are fine.
    QCOMPARE(run(QStringLiteral("{% if true %}").repeated(60) + u'x' + QStringLiteral("{% endif %}").repeated(60)), QStringLiteral("x"));
    QCOMPARE(run(QStringLiteral("${{ ") + QString(40, u'(') + u'1' + QString(40, u')') + QStringLiteral(" }}")), QStringLiteral("1"));
    QCOMPARE(run(QStringLiteral("${{ 1") + QStringLiteral(" + 1").repeated(150) + QStringLiteral(" }}")), QStringLiteral("151"));
    // Values nested deeper than JSON parsers allow are refused, not overflowed.
    QJsonValue v = QJsonArray{1};
    for (int i = 0; i < 400; ++i)
        v = QJsonArray{v};
    QJsonObject context;
    context.insert(QStringLiteral("v"), v);
    QVERIFY(run(QStringLiteral("${{ v | dump }}"), context).contains(QLatin1String("value nested more than")));
    QVERIFY(run(QStringLiteral("${{ v }}"), context).contains(QLatin1String("value nested more than")));
    QVERIFY(run(QStringLiteral("${{ v == v }}"), context).contains(QLatin1String("value nested more than")));
}

void TestTemplate::arbitraryInputDoesNotCrash()
{
    // A cheap stand-in for the libFuzzer target: random mixes of the
    // language's pieces must parse or fail cleanly, and render or fail
    // cleanly, within small limits.
    static const char *const pieces[] = {
        "${{", "}}", "{%", "%}", "{#", "#}", "-", "{%-", "-%}", "${{-", "-}}", " ", "\n", "if ", "elif ",
        "else", "endif", "for ", " in ", "endfor", "set ", "=", "endset", "raw", "endraw", "x", "values",
        ".", "name", "list", "[", "]", "(", ")", "{", "}", ":", ",", "|", "dump", "join", "sort", "replace",
        "default", "batch(", "slice(", "range(", "'a'", "\"b", "1", "0", "-1", "2.5", "**", "//", "%", "~",
        "+", "*", "/", "==", "<", "not ", "and ", "or ", "is ", "defined", "none", "true", "loop.index",
        "'x'.repeat(", "parseRepoUrl", "pick(", "parseEntityRef", "center(", "indent(", "\\", "$", "#",
    };
    QRandomGenerator rng(20240601);
    Options options;
    options.maxOperations = 20000;
    options.maxOutputChars = 20000;
    options.trimBlocks = true;
    const QJsonObject context = object(R"({"values": {"name": "a", "list": [3, 1, 2]}, "x": {"y": [1, "z"]}})");
    QElapsedTimer timer;
    timer.start();
    int rendered = 0;
    for (int i = 0; i < 20000; ++i) {
        QString source;
        const int n = 1 + int(rng.bounded(40));
        for (int k = 0; k < n; ++k)
            source += QLatin1String(pieces[rng.bounded(int(std::size(pieces)))]);
        if (i % 10 == 0) {
            for (int k = 0; k < 20; ++k)
                source += QChar(char16_t(rng.bounded(0x80)));
        }
        Error error;
        const Template t = Template::parse(source, options, &error);
        if (!t.isValid()) {
            QVERIFY(error.isError());
            continue;
        }
        const QString out = t.render(context, &error);
        QVERIFY(out.size() <= options.maxOutputChars);
        renderValue(QJsonValue(source), context, &error, {}, options);
        ++rendered;
    }
    QVERIFY(rendered > 100);
    qInfo("%d of 20000 random templates parsed, in %lld ms", rendered, timer.elapsed());
}

void TestTemplate::parseOnceRenderMany()
{
    QString source;
    QFile f(QStringLiteral(ATRIUM_DEMO_DIR "/templates/spring-boot-service/skeleton/catalog-info.yaml"));
    if (f.open(QIODevice::ReadOnly))
        source = QString::fromUtf8(f.readAll());
    else
        source = QStringLiteral("name: ${{ values.serviceName }}\n{% if values.system %}system: ${{ values.system }}\n{% endif %}").repeated(20);
    QVERIFY(source.size() > 800);
    const QJsonObject context = object(R"({"values": {"serviceName": "order-service", "description": "Takes orders",
        "ownerTeam": "group:default/team-platform", "system": "commerce", "tier": "tier-1", "messageQueue": "kafka"}})");
    Error error;
    const Template t = Template::parse(source, {}, &error);
    QVERIFY2(t.isValid(), qPrintable(error.message));
    const QString once = t.render(context, &error);
    QVERIFY(!error.isError());
    constexpr int rounds = 2000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i)
        QCOMPARE(t.render(context).size(), once.size());
    const double microseconds = double(timer.nsecsElapsed()) / 1000.0 / rounds;
    qInfo("rendering a %lld-character skeleton file: %.1f us", qint64(source.size()), microseconds);
    QVERIFY2(microseconds < 1000, "rendering a 1 KB file must take well under a millisecond");
}

// ---- the template corpora ----

RenderedTree TestTemplate::renderSkeleton(const QString &dir, const QJsonObject &values, const QJsonObject &input,
                                          bool cookiecutter)
{
    RenderedTree tree;
    Options options;
    QJsonObject context;
    if (cookiecutter) {
        options.variableStart = QStringLiteral("{{");
        options.variableEnd = QStringLiteral("}}");
        options.cookiecutterCompat = true;
        context.insert(QStringLiteral("cookiecutter"), values);
    } else {
        context.insert(QStringLiteral("values"), values);
    }
    const QJsonArray verbatim = input.value(QLatin1String("copyWithoutTemplating")).toArray();
    // Ignored by scaffolder-backend 4.3.0 (the files are templated), but the
    // templates that list it expect the files to be left alone.
    const QJsonArray legacy = input.value(QLatin1String("copyWithoutRender")).toArray();
    for (const QString &relative : listFiles(dir)) {
        Error error;
        const Template pathTemplate = Template::parse(relative, options, &error);
        const QString path = pathTemplate.isValid() ? pathTemplate.render(context, &error) : QString();
        if (error.isError()) {
            tree.failures << QStringLiteral("%1 (path): %2:%3 %4").arg(relative).arg(error.line).arg(error.column).arg(error.message);
            continue;
        }
        QString text;
        if (!readText(dir + u'/' + relative, &text)) {
            tree.files.insert(path, QString()); // binary: copied as is
            continue;
        }
        if (matchesAnyGlob(relative, verbatim)) {
            tree.files.insert(path, text);
            const Template t = Template::parse(text, options, &error);
            if (t.isValid())
                t.render(context, &error);
            if (error.isError())
                tree.verbatimFailures << QStringLiteral("%1:%2:%3 %4").arg(relative).arg(error.line).arg(error.column).arg(error.message);
            continue;
        }
        const Template t = Template::parse(text, options, &error);
        const QString out = t.isValid() ? t.render(context, &error) : QString();
        if (error.isError()) {
            (matchesAnyGlob(relative, legacy) ? tree.verbatimFailures : tree.failures)
                << QStringLiteral("%1:%2:%3 %4").arg(relative).arg(error.line).arg(error.column).arg(error.message);
            continue;
        }
        tree.files.insert(path, out);
    }
    return tree;
}

void TestTemplate::renderTemplateCorpus(const QString &root, QHash<QString, RenderedTree> *trees)
{
    QJsonObject context;
    context.insert(QStringLiteral("parameters"), plausibleParameters());
    context.insert(QStringLiteral("secrets"), QJsonObject());
    context.insert(QStringLiteral("user"), object(R"({"ref": "user:default/guest", "entity": {"metadata": {"name": "guest"}}})"));
    context.insert(QStringLiteral("steps"), object(R"({"publish": {"output": {"remoteUrl": "https://github.com/acme/x",
        "repoContentsUrl": "https://github.com/acme/x/blob/main"}}, "register": {"output": {"entityRef": "component:default/x"}}})"));
    QDirIterator it(root, {QStringLiteral("template.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    int templates = 0;
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const YamlParseResult yaml = parseYaml(f.readAll(), file);
        QVERIFY2(!yaml.documents.isEmpty(), qPrintable(file));
        const QJsonObject spec = yaml.documents.front().root.toObject().value(QLatin1String("spec")).toObject();
        ++templates;

        // Every step input and the output render without error.
        Error error;
        for (const QJsonValue &step : spec.value(QLatin1String("steps")).toArray()) {
            const QJsonObject s = step.toObject();
            renderValue(s.value(QLatin1String("input")), context, &error);
            QVERIFY2(!error.isError(), qPrintable(QStringLiteral("%1 step %2: %3:%4 %5").arg(file, s.value(QLatin1String("id")).toString())
                                                      .arg(error.line).arg(error.column).arg(error.message)));
            if (s.contains(QLatin1String("if"))) {
                renderValue(s.value(QLatin1String("if")), context, &error);
                QVERIFY2(!error.isError(), qPrintable(error.message));
            }
        }
        renderValue(spec.value(QLatin1String("output")), context, &error);
        QVERIFY2(!error.isError(), qPrintable(QStringLiteral("%1 output: %2").arg(file, error.message)));

        // Skeletons of the steps that render one.
        for (const QJsonValue &step : spec.value(QLatin1String("steps")).toArray()) {
            const QJsonObject s = step.toObject();
            const QString action = s.value(QLatin1String("action")).toString();
            const bool cookiecutter = action == QLatin1String("fetch:cookiecutter");
            if (action != QLatin1String("fetch:template") && !cookiecutter)
                continue;
            const QJsonObject input = renderValue(s.value(QLatin1String("input")), context, &error).toObject();
            const QString url = input.value(QLatin1String("url")).toString();
            const QString dir = QFileInfo(file).dir().filePath(url);
            if (!QFileInfo(dir).isDir())
                continue;
            const QJsonObject values = input.value(QLatin1String("values")).toObject();
            const RenderedTree tree = renderSkeleton(QDir::cleanPath(dir), values, input, cookiecutter);
            QVERIFY2(tree.failures.isEmpty(), qPrintable(QStringLiteral("%1:\n  %2").arg(dir, tree.failures.join(QLatin1String("\n  ")))));
            if (!tree.verbatimFailures.isEmpty())
                qInfo("copied verbatim, would not render: %s", qPrintable(tree.verbatimFailures.join(QLatin1String("; "))));
            trees->insert(QDir(root).relativeFilePath(QDir::cleanPath(dir)), tree);
        }
    }
    QVERIFY(templates > 0);
}

void TestTemplate::compatTemplates()
{
    const QString root = QStringLiteral(ATRIUM_COMPAT_DIR "/templates");
    if (!QFileInfo::exists(root))
        QSKIP("the compatibility corpus is not available");
    QHash<QString, RenderedTree> trees;
    renderTemplateCorpus(root, &trees);
    if (QTest::currentTestFailed())
        return;

    // Every skeleton/ and content/ folder was reached through its template.
    QDirIterator dirs(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext()) {
        const QString dir = dirs.next();
        const QString name = QFileInfo(dir).fileName();
        if (name == QLatin1String("skeleton") || name == QLatin1String("content"))
            QVERIFY2(trees.contains(QDir(root).relativeFilePath(dir)), qPrintable(dir));
    }

    const QString sst = QStringLiteral("software-templates/scaffolder-templates/");
    QCOMPARE(trees.value(sst + QLatin1String("create-react-app/skeleton")).files.value(QStringLiteral("catalog-info.yaml")),
             QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: \"my-component\"\n"
                            "  description: \"A \\\"quoted\\\" description\"\n  annotations:\n"
                            "    github.com/project-slug: acme/my-component\n    backstage.io/techdocs-ref: dir:.\n"
                            "spec:\n  type: website\n  lifecycle: experimental\n  owner: \"group:default/team-a\"\n"));
    QCOMPARE(trees.value(sst + QLatin1String("docs-template-cookiecutter/skeleton")).files.value(QStringLiteral("catalog-info.yaml")),
             QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: \"my-service\"\n"
                            "  description: \"A \\\"quoted\\\" description\"\n  annotations:\n"
                            "    github.com/project-slug: acme/my-component\n    backstage.io/techdocs-ref: dir:.\n"
                            "spec:\n  type: documentation\n  lifecycle: experimental\n  owner: \"group:default/team-a\"\n"));
    QVERIFY(trees.value(QStringLiteral("create-app/template/content")).files.value(QStringLiteral("catalog-info.yaml"))
                .contains(QLatin1String("  name: \"my-service\"\n")));
    QVERIFY(trees.value(sst + QLatin1String("springboot-grpc-template/skeleton")).files.value(QStringLiteral("src/main/resources/application.properties"))
                .contains(QLatin1String("server.port=8080")));
    const RenderedTree demo = trees.value(QStringLiteral("demo/template/skeleton"));
    const QString index = demo.files.value(QStringLiteral("index.html"));
    QVERIFY(index.contains(QLatin1String("Boosters are a go my-service!")));
    QVERIFY(index.contains(QLatin1String("Writing Templates")));
    QVERIFY(!index.contains(QLatin1String("Input Examples")));
    // Mixed on purpose: the template's values render, GitHub's expressions print as nothing.
    QVERIFY(demo.files.value(QStringLiteral(".github/workflows/pages.yml")).contains(QLatin1String("https://acme.github.io/my-component/")));
}

void TestTemplate::demoTemplates()
{
    const QString root = QStringLiteral(ATRIUM_DEMO_DIR "/templates");
    if (!QFileInfo::exists(root))
        QSKIP("no demo templates");
    QHash<QString, RenderedTree> trees;
    renderTemplateCorpus(root, &trees);
    if (QTest::currentTestFailed())
        return;
    const RenderedTree spring = trees.value(QStringLiteral("spring-boot-service/skeleton"));
    QVERIFY(spring.files.contains(QStringLiteral("src/main/java/com/acmecommerce/orderservice/Application.java")));
    QCOMPARE(spring.files.value(QStringLiteral(".github/CODEOWNERS")).count(QLatin1String("@acme-commerce/team-platform")), 1);
    // copyWithoutTemplating: GitHub Actions expressions stay as written.
    QVERIFY(spring.files.value(QStringLiteral(".github/workflows/ci.yml")).contains(QLatin1String("${{ github.sha }}")));
    QVERIFY(spring.files.value(QStringLiteral("catalog-info.yaml")).startsWith(
        QLatin1String("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: order-service\n\n"
                      "  description: \"A \\\"quoted\\\" description\"\n\n  annotations:\n")));
    QVERIFY(spring.files.value(QStringLiteral("catalog-info.yaml")).contains(QLatin1String("  system: system:default/audio\n")));
    QVERIFY(spring.files.value(QStringLiteral("catalog-info.yaml")).contains(QLatin1String("    - resource:commerce-events-kafka\n")));
    const RenderedTree pg = trees.value(QStringLiteral("provision-postgresql/skeleton"));
    QVERIFY(pg.files.value(QStringLiteral("terraform.tfvars")).contains(QLatin1String("owner_team     = \"team-platform\"")));
    QVERIFY(pg.files.value(QStringLiteral("main.tf")).contains(QLatin1String("key            = \"rds/staging/loyalty_points/terraform.tfstate\"")));
    QVERIFY(pg.files.value(QStringLiteral("main.tf")).contains(QLatin1String("\"${replace(var.db_name, \"_\", \"-\")}-${var.environment}\"")));
}

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
