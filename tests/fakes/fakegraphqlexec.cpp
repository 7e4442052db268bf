// SPDX-License-Identifier: Apache-2.0
// GitHub's GraphQL API over the fake's model: a schema table for the part of
// GitHub's schema Atrium uses, static validation with GitHub's error shapes,
// the cost and node-limit rules, then execution.

#include "fakegraphql.h"
#include "fakestate_p.h"

#include <QJsonDocument>
#include <QCryptographicHash>
#include <QLocale>

#include <cmath>

namespace atrium::fake {

using namespace gql;

namespace {

struct FieldDef {
    FieldDef() = default;
    FieldDef(QString t, bool l = false, QStringList a = {}, QStringList r = {}, bool c = false)
        : type(std::move(t)), list(l), args(std::move(a)), requiredArgs(std::move(r)), connection(c)
    {
    }
    QString type;
    bool list = false;
    QStringList args;
    QStringList requiredArgs;
    bool connection = false;
};

using TypeDef = QHash<QString, FieldDef>;

const QHash<QString, TypeDef> &schema()
{
    static const QHash<QString, TypeDef> s = [] {
        QHash<QString, TypeDef> t;
        const QStringList pageArgs{QStringLiteral("first"), QStringLiteral("after"), QStringLiteral("last"), QStringLiteral("before")};
        auto leaf = [](const char *type) { return FieldDef{QString::fromLatin1(type)}; };
        const TypeDef gitObject{
            {QStringLiteral("id"), leaf("ID")}, {QStringLiteral("oid"), leaf("GitObjectID")},
            {QStringLiteral("abbreviatedOid"), leaf("String")}, {QStringLiteral("commitUrl"), leaf("URI")},
            {QStringLiteral("commitResourcePath"), leaf("URI")},
            {QStringLiteral("repository"), FieldDef{QStringLiteral("Repository")}},
        };
        t.insert(QStringLiteral("Query"), TypeDef{
            {QStringLiteral("rateLimit"), FieldDef{QStringLiteral("RateLimit"), false, {QStringLiteral("dryRun")}}},
            {QStringLiteral("organization"), FieldDef{QStringLiteral("Organization"), false, {QStringLiteral("login")}, {QStringLiteral("login")}}},
            {QStringLiteral("repository"), FieldDef{QStringLiteral("Repository"), false,
                                                    {QStringLiteral("owner"), QStringLiteral("name"), QStringLiteral("followRenames")},
                                                    {QStringLiteral("owner"), QStringLiteral("name")}}},
            {QStringLiteral("viewer"), FieldDef{QStringLiteral("User")}},
        });
        t.insert(QStringLiteral("RateLimit"), TypeDef{
            {QStringLiteral("limit"), leaf("Int")}, {QStringLiteral("cost"), leaf("Int")},
            {QStringLiteral("remaining"), leaf("Int")}, {QStringLiteral("resetAt"), leaf("DateTime")},
            {QStringLiteral("used"), leaf("Int")}, {QStringLiteral("nodeCount"), leaf("Int")},
        });
        t.insert(QStringLiteral("Organization"), TypeDef{
            {QStringLiteral("id"), leaf("ID")}, {QStringLiteral("databaseId"), leaf("Int")},
            {QStringLiteral("login"), leaf("String")}, {QStringLiteral("name"), leaf("String")},
            {QStringLiteral("url"), leaf("URI")},
            {QStringLiteral("repositories"), FieldDef{QStringLiteral("RepositoryConnection"), false,
                                                      pageArgs + QStringList{QStringLiteral("orderBy"), QStringLiteral("isArchived"),
                                                                             QStringLiteral("privacy"), QStringLiteral("isFork"),
                                                                             QStringLiteral("isLocked"), QStringLiteral("affiliations"),
                                                                             QStringLiteral("ownerAffiliations")},
                                                      {}, true}},
            {QStringLiteral("repository"), FieldDef{QStringLiteral("Repository"), false,
                                                    {QStringLiteral("name"), QStringLiteral("followRenames")}, {QStringLiteral("name")}}},
        });
        t.insert(QStringLiteral("User"), TypeDef{
            {QStringLiteral("id"), leaf("ID")}, {QStringLiteral("login"), leaf("String")},
            {QStringLiteral("name"), leaf("String")}, {QStringLiteral("url"), leaf("URI")},
        });
        t.insert(QStringLiteral("RepositoryOwner"), TypeDef{
            {QStringLiteral("id"), leaf("ID")}, {QStringLiteral("login"), leaf("String")}, {QStringLiteral("url"), leaf("URI")},
        });
        t.insert(QStringLiteral("RepositoryConnection"), TypeDef{
            {QStringLiteral("totalCount"), leaf("Int")},
            {QStringLiteral("pageInfo"), FieldDef{QStringLiteral("PageInfo")}},
            {QStringLiteral("nodes"), FieldDef{QStringLiteral("Repository"), true}},
            {QStringLiteral("edges"), FieldDef{QStringLiteral("RepositoryEdge"), true}},
        });
        t.insert(QStringLiteral("RepositoryEdge"), TypeDef{
            {QStringLiteral("cursor"), leaf("String")}, {QStringLiteral("node"), FieldDef{QStringLiteral("Repository")}},
        });
        t.insert(QStringLiteral("PageInfo"), TypeDef{
            {QStringLiteral("hasNextPage"), leaf("Boolean")}, {QStringLiteral("hasPreviousPage"), leaf("Boolean")},
            {QStringLiteral("endCursor"), leaf("String")}, {QStringLiteral("startCursor"), leaf("String")},
        });
        t.insert(QStringLiteral("Repository"), TypeDef{
            {QStringLiteral("id"), leaf("ID")}, {QStringLiteral("databaseId"), leaf("Int")},
            {QStringLiteral("name"), leaf("String")}, {QStringLiteral("nameWithOwner"), leaf("String")},
            {QStringLiteral("description"), leaf("String")}, {QStringLiteral("isArchived"), leaf("Boolean")},
            {QStringLiteral("isPrivate"), leaf("Boolean")}, {QStringLiteral("isFork"), leaf("Boolean")},
            {QStringLiteral("isDisabled"), leaf("Boolean")}, {QStringLiteral("isEmpty"), leaf("Boolean")},
            {QStringLiteral("isTemplate"), leaf("Boolean")}, {QStringLiteral("visibility"), leaf("RepositoryVisibility")},
            {QStringLiteral("url"), leaf("URI")}, {QStringLiteral("createdAt"), leaf("DateTime")},
            {QStringLiteral("pushedAt"), leaf("DateTime")}, {QStringLiteral("updatedAt"), leaf("DateTime")},
            {QStringLiteral("owner"), FieldDef{QStringLiteral("RepositoryOwner")}},
            {QStringLiteral("repositoryTopics"), FieldDef{QStringLiteral("RepositoryTopicConnection"), false, pageArgs, {}, true}},
            {QStringLiteral("defaultBranchRef"), FieldDef{QStringLiteral("Ref")}},
            {QStringLiteral("object"), FieldDef{QStringLiteral("GitObject"), false, {QStringLiteral("expression"), QStringLiteral("oid")}}},
        });
        t.insert(QStringLiteral("RepositoryTopicConnection"), TypeDef{
            {QStringLiteral("totalCount"), leaf("Int")},
            {QStringLiteral("pageInfo"), FieldDef{QStringLiteral("PageInfo")}},
            {QStringLiteral("nodes"), FieldDef{QStringLiteral("RepositoryTopic"), true}},
        });
        t.insert(QStringLiteral("RepositoryTopic"), TypeDef{
            {QStringLiteral("id"), leaf("ID")}, {QStringLiteral("url"), leaf("URI")},
            {QStringLiteral("topic"), FieldDef{QStringLiteral("Topic")}},
        });
        t.insert(QStringLiteral("Topic"), TypeDef{{QStringLiteral("id"), leaf("ID")}, {QStringLiteral("name"), leaf("String")}});
        t.insert(QStringLiteral("Ref"), TypeDef{
            {QStringLiteral("id"), leaf("ID")}, {QStringLiteral("name"), leaf("String")},
            {QStringLiteral("prefix"), leaf("String")}, {QStringLiteral("target"), FieldDef{QStringLiteral("GitObject")}},
        });
        t.insert(QStringLiteral("GitObject"), gitObject);
        TypeDef commit = gitObject;
        commit.insert(QStringLiteral("message"), leaf("String"));
        commit.insert(QStringLiteral("messageHeadline"), leaf("String"));
        commit.insert(QStringLiteral("committedDate"), leaf("DateTime"));
        commit.insert(QStringLiteral("url"), leaf("URI"));
        commit.insert(QStringLiteral("tree"), FieldDef{QStringLiteral("Tree")});
        t.insert(QStringLiteral("Commit"), commit);
        TypeDef blob = gitObject;
        blob.insert(QStringLiteral("text"), leaf("String"));
        blob.insert(QStringLiteral("byteSize"), leaf("Int"));
        blob.insert(QStringLiteral("isBinary"), leaf("Boolean"));
        blob.insert(QStringLiteral("isTruncated"), leaf("Boolean"));
        t.insert(QStringLiteral("Blob"), blob);
        TypeDef tree = gitObject;
        tree.insert(QStringLiteral("entries"), FieldDef{QStringLiteral("TreeEntry"), true});
        t.insert(QStringLiteral("Tree"), tree);
        t.insert(QStringLiteral("TreeEntry"), TypeDef{
            {QStringLiteral("name"), leaf("String")}, {QStringLiteral("path"), leaf("String")},
            {QStringLiteral("type"), leaf("String")}, {QStringLiteral("oid"), leaf("GitObjectID")},
        });
        t.insert(QStringLiteral("Mutation"), TypeDef{});
        return t;
    }();
    return s;
}

const QHash<QString, QStringList> &possibleTypes()
{
    static const QHash<QString, QStringList> p{
        {QStringLiteral("GitObject"), {QStringLiteral("Commit"), QStringLiteral("Blob"), QStringLiteral("Tree")}},
        {QStringLiteral("RepositoryOwner"), {QStringLiteral("Organization"), QStringLiteral("User")}},
    };
    return p;
}

bool isLeafType(const QString &type)
{
    return !schema().contains(type);
}

/** Does an object of runtime type @p runtime satisfy a fragment on @p condition? */
bool typeMatches(const QString &runtime, const QString &condition)
{
    return condition.isEmpty() || condition == runtime || possibleTypes().value(condition).contains(runtime);
}

/** Can a fragment on @p condition appear where @p parent is expected? */
bool fragmentApplies(const QString &parent, const QString &condition)
{
    if (condition == parent)
        return true;
    const QStringList a = possibleTypes().value(parent, {parent});
    const QStringList b = possibleTypes().value(condition, {condition});
    for (const QString &x : a)
        if (b.contains(x))
            return true;
    return false;
}

QJsonObject location(int line, int column)
{
    return QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("column"), column}};
}

QJsonArray pathArray(const QStringList &path)
{
    QJsonArray a;
    for (const QString &p : path) {
        bool isIndex = false;
        const int i = p.toInt(&isIndex);
        a.append(isIndex ? QJsonValue(i) : QJsonValue(p));
    }
    return a;
}

/** Static checks (GitHub runs them before executing anything) plus the cost. */
class Validator
{
public:
    Validator(const Document &doc, const Operation &op, const QJsonObject &vars) : m_doc(doc), m_op(op), m_vars(vars)
    {
        for (const VariableDefinition &v : op.variables)
            m_declared.insert(v.name);
    }

    QJsonArray errors;
    QJsonArray limitErrors; ///< pagination and node-limit problems (also fatal)
    qint64 requests = 0;
    qint64 nodes = 0;

    void run()
    {
        const QString root = m_op.type == QLatin1String("mutation") ? QStringLiteral("Mutation") : QStringLiteral("Query");
        const QString opKey = m_op.name.isEmpty() ? m_op.type : m_op.type + QLatin1Char(' ') + m_op.name;
        walk(m_op.selections, root, {opKey}, 1, {});
    }

private:
    void error(const QString &message, const Selection &s, const QStringList &path, const QJsonObject &ext)
    {
        errors.append(QJsonObject{{QStringLiteral("path"), pathArray(path)},
                                  {QStringLiteral("extensions"), ext},
                                  {QStringLiteral("locations"), QJsonArray{location(s.line, s.column)}},
                                  {QStringLiteral("message"), message}});
    }

    void checkValue(const Value &v, const Selection &s, const QStringList &path)
    {
        if (v.kind == Value::Variable && !m_declared.contains(v.text)) {
            const QString opName = m_op.name.isEmpty() ? QStringLiteral("anonymous %1").arg(m_op.type) : m_op.type + QLatin1Char(' ') + m_op.name;
            error(QStringLiteral("Variable $%1 is used by %2 but not declared").arg(v.text, opName), s, path,
                  QJsonObject{{QStringLiteral("code"), QStringLiteral("variableNotDefined")}, {QStringLiteral("variableName"), v.text}});
        }
        for (const Value &x : v.list)
            checkValue(x, s, path);
        for (const auto &[k, x] : v.object)
            checkValue(x, s, path);
    }

    void walk(const std::vector<Selection> &sels, const QString &type, const QStringList &path, qint64 multiplier,
              QSet<QString> fragmentsSeen)
    {
        const TypeDef &def = schema().value(type);
        for (const Selection &s : sels) {
            for (const Directive &d : s.directives)
                for (const auto &[k, v] : d.arguments)
                    checkValue(v, s, path);
            if (s.kind == Selection::InlineFragment || s.kind == Selection::FragmentSpread) {
                QString cond = s.typeCondition;
                const std::vector<Selection> *inner = &s.selections;
                if (s.kind == Selection::FragmentSpread) {
                    const Fragment *f = m_doc.fragment(s.name);
                    if (!f) {
                        error(QStringLiteral("Fragment %1 was used, but not defined").arg(s.name), s, path,
                              QJsonObject{{QStringLiteral("code"), QStringLiteral("undefinedFragment")}, {QStringLiteral("fragmentName"), s.name}});
                        continue;
                    }
                    if (fragmentsSeen.contains(s.name))
                        continue; // a cycle; GitHub reports it, the fake just stops
                    fragmentsSeen.insert(s.name);
                    cond = f->typeCondition;
                    inner = &f->selections;
                }
                if (cond.isEmpty()) {
                    walk(*inner, type, path, multiplier, fragmentsSeen);
                    continue;
                }
                if (!schema().contains(cond)) {
                    error(QStringLiteral("No such type %1, so it can't be a fragment condition").arg(cond), s, path,
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("undefinedType")}, {QStringLiteral("typeName"), cond}});
                    continue;
                }
                if (!fragmentApplies(type, cond)) {
                    error(QStringLiteral("Fragment on %1 can't be spread inside %2").arg(cond, type), s, path,
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("fragmentSpreadTypeMismatch")},
                                      {QStringLiteral("typeName"), cond}, {QStringLiteral("fragmentName"), QStringLiteral("unknown")}});
                    continue;
                }
                walk(*inner, cond, path, multiplier, fragmentsSeen);
                continue;
            }
            const QStringList here = path + QStringList{s.responseKey()};
            if (s.name == QLatin1String("__typename"))
                continue;
            auto it = def.constFind(s.name);
            if (it == def.cend()) {
                error(QStringLiteral("Field '%1' doesn't exist on type '%2'").arg(s.name, type), s, here,
                      QJsonObject{{QStringLiteral("code"), QStringLiteral("undefinedField")},
                                  {QStringLiteral("typeName"), type}, {QStringLiteral("fieldName"), s.name}});
                continue;
            }
            const FieldDef &f = *it;
            QStringList given;
            for (const auto &[name, value] : s.arguments) {
                given << name;
                if (!f.args.contains(name)) {
                    error(QStringLiteral("Field '%1' doesn't accept argument '%2'").arg(s.name, name), s, here,
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("argumentNotAccepted")},
                                      {QStringLiteral("name"), s.name}, {QStringLiteral("typeName"), QStringLiteral("Field")},
                                      {QStringLiteral("argumentName"), name}});
                }
                checkValue(value, s, here);
            }
            QStringList missing;
            for (const QString &req : f.requiredArgs)
                if (!given.contains(req))
                    missing << req;
            if (!missing.isEmpty()) {
                error(QStringLiteral("Field '%1' is missing required arguments: %2").arg(s.name, missing.join(QStringLiteral(", "))), s, here,
                      QJsonObject{{QStringLiteral("code"), QStringLiteral("missingRequiredArguments")},
                                  {QStringLiteral("className"), QStringLiteral("Field")}, {QStringLiteral("name"), s.name},
                                  {QStringLiteral("arguments"), missing.join(QStringLiteral(", "))}});
            }
            const bool leaf = isLeafType(f.type);
            if (leaf && !s.selections.empty()) {
                QStringList names;
                for (const Selection &c : s.selections)
                    names << c.name;
                error(QStringLiteral("Selections can't be made on scalars (field '%1' returns %2 but has selections [%3])")
                          .arg(s.name, f.type, names.join(QStringLiteral(", "))),
                      s, here, QJsonObject{{QStringLiteral("code"), QStringLiteral("selectionMismatch")}, {QStringLiteral("nodeName"), QStringLiteral("field '%1'").arg(s.name)}});
                continue;
            }
            if (!leaf && s.selections.empty()) {
                error(QStringLiteral("Field must have selections (field '%1' returns %2 but has no selections. Did you mean '%1 { ... }'?)")
                          .arg(s.name, f.type),
                      s, here, QJsonObject{{QStringLiteral("code"), QStringLiteral("selectionMismatch")}, {QStringLiteral("nodeName"), QStringLiteral("field '%1'").arg(s.name)}});
                continue;
            }
            qint64 childMultiplier = multiplier;
            if (f.connection) {
                const Value *first = s.argument(QStringLiteral("first"));
                const Value *last = s.argument(QStringLiteral("last"));
                const QJsonValue fv = first ? first->resolve(m_vars) : QJsonValue();
                const QJsonValue lv = last ? last->resolve(m_vars) : QJsonValue();
                const QJsonValue n = fv.isNull() || fv.isUndefined() ? lv : fv;
                const QString which = fv.isNull() || fv.isUndefined() ? QStringLiteral("last") : QStringLiteral("first");
                if (n.isNull() || n.isUndefined()) {
                    limitErrors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("MISSING_PAGINATION_BOUNDARIES")},
                                                   {QStringLiteral("path"), pathArray(here)},
                                                   {QStringLiteral("locations"), QJsonArray{location(s.line, s.column)}},
                                                   {QStringLiteral("message"), QStringLiteral("You must provide a `first` or `last` value to properly paginate the `%1` connection.").arg(s.name)}});
                } else if (n.toInt() > 100 || n.toInt() < 0) {
                    limitErrors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("EXCESSIVE_PAGINATION")},
                                                   {QStringLiteral("path"), pathArray(here)},
                                                   {QStringLiteral("locations"), QJsonArray{location(s.line, s.column)}},
                                                   {QStringLiteral("message"), QStringLiteral("Requesting %1 records on the `%2` connection exceeds the `%3` limit of 100 records.")
                                                                                   .arg(n.toInt()).arg(s.name, which)}});
                } else {
                    requests += multiplier;
                    childMultiplier = multiplier * qMax(1, n.toInt());
                    nodes += childMultiplier;
                    if (nodes > 500000) {
                        limitErrors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("MAX_NODE_LIMIT_EXCEEDED")},
                                                       {QStringLiteral("path"), pathArray(here)},
                                                       {QStringLiteral("locations"), QJsonArray{location(s.line, s.column)}},
                                                       {QStringLiteral("message"), QStringLiteral("By the time this query traverses to the %1 connection, it is requesting up to %2 possible nodes which exceeds the maximum limit of 500,000.")
                                                                                       .arg(s.name, QLocale::c().toString(nodes))}});
                    }
                }
            }
            if (!leaf)
                walk(s.selections, f.type, here, childMultiplier, fragmentsSeen);
        }
    }

    const Document &m_doc;
    const Operation &m_op;
    const QJsonObject &m_vars;
    QSet<QString> m_declared;
};

/** A value being resolved: which kind of GitHub object, and what it stands for. */
struct Obj {
    QString type;
    const OrgState *org = nullptr;
    const RepoState *repo = nullptr;
    const CommitState *commit = nullptr;
    QString path;
    QByteArray content;
    QString text;                         ///< topic name, tree-entry type
    QList<const RepoState *> repos;       ///< RepositoryConnection page
    QStringList topics;                   ///< RepositoryTopicConnection page
    int totalCount = 0;
    bool hasNext = false;
    bool hasPrevious = false;
    QString startCursor;
    QString endCursor;
    QString login;                        ///< User
};

class Executor
{
public:
    Executor(FakeGitHubState &state, const Caller &caller, const Document &doc, const QJsonObject &vars)
        : m_state(state), m_caller(caller), m_doc(doc), m_vars(vars)
    {
    }

    QJsonArray errors;
    QSet<int> ssoOrgIds;
    int cost = 1;
    qint64 nodeCount = 0;

    QJsonObject run(const Operation &op)
    {
        Obj root;
        root.type = QStringLiteral("Query");
        return object(root, op.selections, {});
    }

private:
    static QString cursorFor(int id) { return QString::fromLatin1(QByteArray("cursor:v2:" + QByteArray::number(id)).toBase64()); }
    static int idFromCursor(const QString &c, bool *ok)
    {
        const QByteArray raw = QByteArray::fromBase64(c.toLatin1());
        *ok = raw.startsWith("cursor:v2:");
        return *ok ? raw.mid(10).toInt(ok) : 0;
    }

    void addError(const QString &type, const QString &message, const Selection &s, const QStringList &path)
    {
        errors.append(QJsonObject{{QStringLiteral("type"), type},
                                  {QStringLiteral("path"), pathArray(path)},
                                  {QStringLiteral("locations"), QJsonArray{location(s.line, s.column)}},
                                  {QStringLiteral("message"), message}});
    }

    bool included(const Selection &s) const
    {
        for (const Directive &d : s.directives) {
            const Value *cond = nullptr;
            for (const auto &[k, v] : d.arguments)
                if (k == QLatin1String("if"))
                    cond = &v;
            const bool value = cond && cond->resolve(m_vars).toBool();
            if (d.name == QLatin1String("include") && !value)
                return false;
            if (d.name == QLatin1String("skip") && value)
                return false;
        }
        return true;
    }

    static void merge(QJsonObject &into, const QJsonObject &from)
    {
        for (auto it = from.begin(); it != from.end(); ++it) {
            if (into.contains(it.key()) && into.value(it.key()).isObject() && it.value().isObject()) {
                QJsonObject a = into.value(it.key()).toObject();
                merge(a, it.value().toObject());
                into.insert(it.key(), a);
            } else if (into.contains(it.key()) && into.value(it.key()).isArray() && it.value().isArray()) {
                QJsonArray a = into.value(it.key()).toArray();
                const QJsonArray b = it.value().toArray();
                for (int i = 0; i < a.size() && i < b.size(); ++i) {
                    if (a.at(i).isObject() && b.at(i).isObject()) {
                        QJsonObject x = a.at(i).toObject();
                        merge(x, b.at(i).toObject());
                        a.replace(i, x);
                    }
                }
                into.insert(it.key(), a);
            } else {
                into.insert(it.key(), it.value());
            }
        }
    }

    QJsonObject object(const Obj &o, const std::vector<Selection> &sels, const QStringList &path)
    {
        QJsonObject out;
        for (const Selection &s : sels) {
            if (!included(s))
                continue;
            if (s.kind == Selection::InlineFragment) {
                if (typeMatches(o.type, s.typeCondition))
                    merge(out, object(o, s.selections, path));
                continue;
            }
            if (s.kind == Selection::FragmentSpread) {
                const Fragment *f = m_doc.fragment(s.name);
                if (f && typeMatches(o.type, f->typeCondition))
                    merge(out, object(o, f->selections, path));
                continue;
            }
            const QStringList here = path + QStringList{s.responseKey()};
            QJsonValue v = field(o, s, here);
            if (out.contains(s.responseKey()) && out.value(s.responseKey()).isObject() && v.isObject()) {
                QJsonObject a = out.value(s.responseKey()).toObject();
                merge(a, v.toObject());
                v = a;
            }
            out.insert(s.responseKey(), v);
        }
        return out;
    }

    QJsonValue sub(const Obj &o, const Selection &s, const QStringList &path) { return object(o, s.selections, path); }

    QJsonValue arg(const Selection &s, const char *name) const
    {
        const Value *v = s.argument(QString::fromLatin1(name));
        return v ? v->resolve(m_vars) : QJsonValue(QJsonValue::Undefined);
    }

    Obj orgObj(const OrgState *o)
    {
        Obj x;
        x.type = QStringLiteral("Organization");
        x.org = o;
        return x;
    }

    Obj repoObj(const OrgState *o, const RepoState *r)
    {
        Obj x;
        x.type = QStringLiteral("Repository");
        x.org = o;
        x.repo = r;
        return x;
    }

    bool guardOrg(const OrgState &o, const Selection &s, const QStringList &path)
    {
        if (m_state.ssoBlocked(m_caller, o)) {
            ssoOrgIds.insert(o.id);
            addError(QStringLiteral("FORBIDDEN"),
                     QStringLiteral("Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization."),
                     s, path);
            return false;
        }
        if (m_state.integrationForbidden(o.login)) {
            addError(QStringLiteral("FORBIDDEN"), QStringLiteral("Resource not accessible by integration"), s, path);
            return false;
        }
        return true;
    }

    QJsonValue field(const Obj &o, const Selection &s, const QStringList &path)
    {
        const QString &n = s.name;
        if (n == QLatin1String("__typename"))
            return o.type;
        const QString full = o.org && o.repo ? o.org->login + QLatin1Char('/') + o.repo->meta.name : QString();

        if (o.type == QLatin1String("Query")) {
            if (n == QLatin1String("rateLimit")) {
                FakeGitHub::Budget &b = m_state.budget(QStringLiteral("graphql"));
                QJsonObject r;
                Obj rl;
                rl.type = QStringLiteral("RateLimit");
                for (const Selection &c : s.selections) {
                    if (c.kind != Selection::Field || !included(c))
                        continue;
                    QJsonValue v;
                    if (c.name == QLatin1String("limit")) v = b.limit;
                    else if (c.name == QLatin1String("cost")) v = cost;
                    else if (c.name == QLatin1String("remaining")) v = b.remaining();
                    else if (c.name == QLatin1String("used")) v = b.used;
                    else if (c.name == QLatin1String("resetAt")) v = b.reset.toUTC().toString(Qt::ISODate);
                    else if (c.name == QLatin1String("nodeCount")) v = double(nodeCount);
                    else if (c.name == QLatin1String("__typename")) v = rl.type;
                    r.insert(c.responseKey(), v);
                }
                return r;
            }
            if (n == QLatin1String("viewer")) {
                Obj u;
                u.type = QStringLiteral("User");
                u.login = m_caller.info.login;
                return sub(u, s, path);
            }
            if (n == QLatin1String("organization")) {
                const QString login = arg(s, "login").toString();
                const OrgState *org = m_state.org(login);
                if (!org) {
                    addError(QStringLiteral("NOT_FOUND"), QStringLiteral("Could not resolve to an Organization with the login of '%1'.").arg(login), s, path);
                    return QJsonValue::Null;
                }
                if (!guardOrg(*org, s, path))
                    return QJsonValue::Null;
                return sub(orgObj(org), s, path);
            }
            if (n == QLatin1String("repository")) {
                const QString owner = arg(s, "owner").toString();
                const QString name = arg(s, "name").toString();
                const OrgState *org = m_state.org(owner);
                const RepoState *repo = org ? org->repo(name) : nullptr;
                if (!repo || !m_state.canSee(m_caller, *repo)) {
                    addError(QStringLiteral("NOT_FOUND"), QStringLiteral("Could not resolve to a Repository with the name '%1/%2'.").arg(owner, name), s, path);
                    return QJsonValue::Null;
                }
                if (!guardOrg(*org, s, path))
                    return QJsonValue::Null;
                return sub(repoObj(org, repo), s, path);
            }
        }

        if (o.type == QLatin1String("User") || o.type == QLatin1String("Organization")) {
            const QString login = o.org ? o.org->login : o.login;
            if (n == QLatin1String("login")) return login;
            if (n == QLatin1String("name")) return login;
            if (n == QLatin1String("id")) return (o.org ? QStringLiteral("O_") : QStringLiteral("U_")) + QString::fromLatin1(login.toUtf8().toBase64());
            if (n == QLatin1String("databaseId")) return o.org ? o.org->id : 1;
            if (n == QLatin1String("url")) return m_state.baseUrl + QLatin1Char('/') + login;
        }

        if (o.type == QLatin1String("Organization")) {
            if (n == QLatin1String("repository")) {
                const QString name = arg(s, "name").toString();
                const RepoState *repo = o.org->repo(name);
                if (!repo || !m_state.canSee(m_caller, *repo)) {
                    addError(QStringLiteral("NOT_FOUND"), QStringLiteral("Could not resolve to a Repository with the name '%1/%2'.").arg(o.org->login, name), s, path);
                    return QJsonValue::Null;
                }
                return sub(repoObj(o.org, repo), s, path);
            }
            if (n == QLatin1String("repositories"))
                return repositories(o, s, path);
        }

        if (o.type == QLatin1String("RepositoryConnection")) {
            if (n == QLatin1String("totalCount")) return o.totalCount;
            if (n == QLatin1String("pageInfo")) return pageInfo(o, s);
            if (n == QLatin1String("nodes") || n == QLatin1String("edges")) {
                QJsonArray a;
                int i = 0;
                for (const RepoState *r : o.repos) {
                    const QStringList ip = path + QStringList{QString::number(i++)};
                    if (n == QLatin1String("nodes")) {
                        a.append(sub(repoObj(o.org, r), s, ip));
                    } else {
                        QJsonObject e;
                        for (const Selection &c : s.selections) {
                            if (c.kind != Selection::Field || !included(c))
                                continue;
                            if (c.name == QLatin1String("cursor")) e.insert(c.responseKey(), cursorFor(r->id));
                            else if (c.name == QLatin1String("node")) e.insert(c.responseKey(), sub(repoObj(o.org, r), c, ip + QStringList{c.responseKey()}));
                            else if (c.name == QLatin1String("__typename")) e.insert(c.responseKey(), QStringLiteral("RepositoryEdge"));
                        }
                        a.append(e);
                    }
                }
                return a;
            }
        }

        if (o.type == QLatin1String("Repository")) {
            const RepoState &r = *o.repo;
            if (n == QLatin1String("id")) return QStringLiteral("R_kgDO%1").arg(r.id);
            if (n == QLatin1String("databaseId")) return r.id;
            if (n == QLatin1String("name")) return r.meta.name;
            if (n == QLatin1String("nameWithOwner")) return full;
            if (n == QLatin1String("description")) return r.meta.description.isEmpty() ? QJsonValue() : QJsonValue(r.meta.description);
            if (n == QLatin1String("isArchived")) return r.meta.archived;
            if (n == QLatin1String("isPrivate")) return r.meta.visibility != QLatin1String("PUBLIC");
            if (n == QLatin1String("isFork")) return r.meta.fork;
            if (n == QLatin1String("isDisabled") || n == QLatin1String("isTemplate")) return false;
            if (n == QLatin1String("isEmpty")) return r.meta.files.isEmpty();
            if (n == QLatin1String("visibility")) return r.meta.visibility;
            if (n == QLatin1String("url")) return m_state.baseUrl + QLatin1Char('/') + full;
            if (n == QLatin1String("createdAt")) return r.createdAt.toUTC().toString(Qt::ISODate);
            if (n == QLatin1String("pushedAt")) return r.pushedAt.toUTC().toString(Qt::ISODate);
            if (n == QLatin1String("updatedAt")) return r.updatedAt.toUTC().toString(Qt::ISODate);
            if (n == QLatin1String("owner")) return sub(orgObj(o.org), s, path);
            if (n == QLatin1String("repositoryTopics")) {
                Obj c;
                c.type = QStringLiteral("RepositoryTopicConnection");
                const int first = arg(s, "first").toInt(r.meta.topics.size());
                c.totalCount = int(r.meta.topics.size());
                c.topics = r.meta.topics.mid(0, first);
                c.hasNext = first < r.meta.topics.size();
                return sub(c, s, path);
            }
            if (n == QLatin1String("defaultBranchRef")) {
                if (r.headOid.isEmpty())
                    return QJsonValue::Null;
                Obj ref;
                ref.type = QStringLiteral("Ref");
                ref.org = o.org;
                ref.repo = o.repo;
                return sub(ref, s, path);
            }
            if (n == QLatin1String("object")) {
                const QJsonValue oidArg = arg(s, "oid");
                QString expr = arg(s, "expression").toString();
                if (oidArg.isString())
                    expr = oidArg.toString();
                return gitObject(o, expr, s, path);
            }
        }

        if (o.type == QLatin1String("RepositoryTopicConnection")) {
            if (n == QLatin1String("totalCount")) return o.totalCount;
            if (n == QLatin1String("pageInfo")) return pageInfo(o, s);
            if (n == QLatin1String("nodes")) {
                QJsonArray a;
                int i = 0;
                for (const QString &t : o.topics) {
                    Obj rt;
                    rt.type = QStringLiteral("RepositoryTopic");
                    rt.text = t;
                    a.append(sub(rt, s, path + QStringList{QString::number(i++)}));
                }
                return a;
            }
        }
        if (o.type == QLatin1String("RepositoryTopic")) {
            if (n == QLatin1String("id")) return QStringLiteral("RT_") + o.text;
            if (n == QLatin1String("url")) return m_state.baseUrl + QStringLiteral("/topics/") + o.text;
            if (n == QLatin1String("topic")) {
                Obj t;
                t.type = QStringLiteral("Topic");
                t.text = o.text;
                return sub(t, s, path);
            }
        }
        if (o.type == QLatin1String("Topic")) {
            if (n == QLatin1String("id")) return QStringLiteral("T_") + o.text;
            if (n == QLatin1String("name")) return o.text;
        }
        if (o.type == QLatin1String("Ref")) {
            if (n == QLatin1String("id")) return QStringLiteral("REF_%1").arg(o.repo->id);
            if (n == QLatin1String("name")) return o.repo->meta.defaultBranch;
            if (n == QLatin1String("prefix")) return QStringLiteral("refs/heads/");
            if (n == QLatin1String("target")) return gitObject(o, o.repo->headOid, s, path);
        }
        if (o.type == QLatin1String("Commit") || o.type == QLatin1String("Blob") || o.type == QLatin1String("Tree")) {
            const QString oid = o.type == QLatin1String("Commit") ? o.commit->oid
                : o.type == QLatin1String("Blob")                 ? FakeGitHub::blobOid(o.content)
                                                                  : treeOid(o);
            if (n == QLatin1String("oid")) return oid;
            if (n == QLatin1String("id")) return QStringLiteral("OBJ_") + oid;
            if (n == QLatin1String("abbreviatedOid")) return oid.left(7);
            if (n == QLatin1String("commitUrl")) return m_state.baseUrl + QLatin1Char('/') + full + QStringLiteral("/commit/") + o.commit->oid;
            if (n == QLatin1String("commitResourcePath")) return QLatin1Char('/') + full + QStringLiteral("/commit/") + o.commit->oid;
            if (n == QLatin1String("repository")) return sub(repoObj(o.org, o.repo), s, path);
        }
        if (o.type == QLatin1String("Commit")) {
            if (n == QLatin1String("message") || n == QLatin1String("messageHeadline")) return o.commit->message;
            if (n == QLatin1String("committedDate")) return o.commit->time.toUTC().toString(Qt::ISODate);
            if (n == QLatin1String("url")) return m_state.baseUrl + QLatin1Char('/') + full + QStringLiteral("/commit/") + o.commit->oid;
            if (n == QLatin1String("tree")) {
                Obj t = o;
                t.type = QStringLiteral("Tree");
                t.path.clear();
                return sub(t, s, path);
            }
        }
        if (o.type == QLatin1String("Blob")) {
            // GitHub gives no text for binary blobs.
            const bool binary = o.content.contains('\0');
            if (n == QLatin1String("text")) return binary ? QJsonValue() : QJsonValue(QString::fromUtf8(o.content));
            if (n == QLatin1String("byteSize")) return int(o.content.size());
            if (n == QLatin1String("isBinary")) return binary;
            if (n == QLatin1String("isTruncated")) return false;
        }
        if (o.type == QLatin1String("Tree") && n == QLatin1String("entries")) {
            QJsonArray a;
            const QString prefix = o.path.isEmpty() ? QString() : o.path + QLatin1Char('/');
            QSet<QString> dirs;
            for (auto f = o.commit->files.cbegin(); f != o.commit->files.cend(); ++f) {
                if (!f.key().startsWith(prefix))
                    continue;
                const QString rest = f.key().mid(prefix.size());
                const int slash = rest.indexOf(QLatin1Char('/'));
                Obj e;
                e.type = QStringLiteral("TreeEntry");
                if (slash < 0) {
                    e.path = f.key();
                    e.text = QStringLiteral("blob");
                    e.content = f.value();
                } else if (!dirs.contains(rest.left(slash))) {
                    dirs.insert(rest.left(slash));
                    e.path = prefix + rest.left(slash);
                    e.text = QStringLiteral("tree");
                } else {
                    continue;
                }
                QJsonObject entry;
                for (const Selection &c : s.selections) {
                    if (c.kind != Selection::Field || !included(c))
                        continue;
                    if (c.name == QLatin1String("name")) entry.insert(c.responseKey(), e.path.section(QLatin1Char('/'), -1));
                    else if (c.name == QLatin1String("path")) entry.insert(c.responseKey(), e.path);
                    else if (c.name == QLatin1String("type")) entry.insert(c.responseKey(), e.text);
                    else if (c.name == QLatin1String("oid")) entry.insert(c.responseKey(), e.text == QLatin1String("blob") ? FakeGitHub::blobOid(e.content) : QString());
                    else if (c.name == QLatin1String("__typename")) entry.insert(c.responseKey(), e.type);
                }
                a.append(entry);
            }
            return a;
        }
        return QJsonValue::Null;
    }

    static QString treeOid(const Obj &o)
    {
        QCryptographicHash h(QCryptographicHash::Sha1);
        h.addData(o.commit->oid.toLatin1());
        h.addData(o.path.toUtf8());
        return QString::fromLatin1(h.result().toHex());
    }

    QJsonValue pageInfo(const Obj &o, const Selection &s)
    {
        QJsonObject p;
        for (const Selection &c : s.selections) {
            if (c.kind != Selection::Field || !included(c))
                continue;
            if (c.name == QLatin1String("hasNextPage")) p.insert(c.responseKey(), o.hasNext);
            else if (c.name == QLatin1String("hasPreviousPage")) p.insert(c.responseKey(), o.hasPrevious);
            else if (c.name == QLatin1String("endCursor")) p.insert(c.responseKey(), o.endCursor.isEmpty() ? QJsonValue() : QJsonValue(o.endCursor));
            else if (c.name == QLatin1String("startCursor")) p.insert(c.responseKey(), o.startCursor.isEmpty() ? QJsonValue() : QJsonValue(o.startCursor));
            else if (c.name == QLatin1String("__typename")) p.insert(c.responseKey(), QStringLiteral("PageInfo"));
        }
        return p;
    }

    QJsonValue repositories(const Obj &o, const Selection &s, const QStringList &path)
    {
        QList<const RepoState *> list;
        const QJsonValue archived = arg(s, "isArchived");
        const QJsonValue privacy = arg(s, "privacy");
        const QJsonValue fork = arg(s, "isFork");
        for (const RepoState &r : o.org->repos) {
            if (!m_state.canSee(m_caller, r))
                continue;
            if (archived.isBool() && r.meta.archived != archived.toBool())
                continue;
            if (fork.isBool() && r.meta.fork != fork.toBool())
                continue;
            if (privacy.isString() && (privacy.toString() == QLatin1String("PUBLIC")) != (r.meta.visibility == QLatin1String("PUBLIC")))
                continue;
            list.append(&r);
        }
        const QJsonObject order = arg(s, "orderBy").toObject();
        const QString orderField = order.value(QStringLiteral("field")).toString();
        if (orderField == QLatin1String("NAME"))
            std::stable_sort(list.begin(), list.end(), [](const RepoState *a, const RepoState *b) {
                return a->meta.name.compare(b->meta.name, Qt::CaseInsensitive) < 0;
            });
        else if (orderField == QLatin1String("PUSHED_AT") || orderField == QLatin1String("UPDATED_AT"))
            std::stable_sort(list.begin(), list.end(), [](const RepoState *a, const RepoState *b) { return a->pushedAt < b->pushedAt; });
        if (order.value(QStringLiteral("direction")).toString() == QLatin1String("DESC"))
            std::reverse(list.begin(), list.end());

        int begin = 0;
        int end = int(list.size());
        for (const char *which : {"after", "before"}) {
            const QJsonValue c = arg(s, which);
            if (!c.isString())
                continue;
            bool ok = false;
            const int id = idFromCursor(c.toString(), &ok);
            int pos = -1;
            for (int i = 0; ok && i < list.size(); ++i)
                if (list.at(i)->id == id)
                    pos = i;
            if (pos < 0) {
                addError(QStringLiteral("INVALID_CURSOR_ARGUMENTS"), QStringLiteral("`%1` does not appear to be a valid cursor.").arg(c.toString()), s, path);
                return QJsonValue::Null;
            }
            if (qstrcmp(which, "after") == 0)
                begin = pos + 1;
            else
                end = pos;
        }
        const QJsonValue first = arg(s, "first");
        const QJsonValue last = arg(s, "last");
        if (first.isDouble())
            end = qMin(end, begin + first.toInt());
        else if (last.isDouble())
            begin = qMax(begin, end - last.toInt());
        Obj c;
        c.type = QStringLiteral("RepositoryConnection");
        c.org = o.org;
        c.totalCount = int(list.size());
        c.repos = list.mid(begin, qMax(0, end - begin));
        c.hasNext = end < list.size();
        c.hasPrevious = begin > 0;
        if (!c.repos.isEmpty()) {
            c.startCursor = cursorFor(c.repos.first()->id);
            c.endCursor = cursorFor(c.repos.last()->id);
        }
        return sub(c, s, path);
    }

    QJsonValue gitObject(const Obj &o, const QString &expression, const Selection &s, const QStringList &path)
    {
        // "rev:path" names a blob or tree; a bare rev names a commit.
        const int colon = expression.indexOf(QLatin1Char(':'));
        const QString rev = colon < 0 ? expression : expression.left(colon);
        const CommitState *commit = o.repo->resolveRev(rev);
        if (!commit)
            return QJsonValue::Null;
        Obj x;
        x.org = o.org;
        x.repo = o.repo;
        x.commit = commit;
        if (colon < 0) {
            x.type = QStringLiteral("Commit");
            return sub(x, s, path);
        }
        QString p = expression.mid(colon + 1);
        while (p.endsWith(QLatin1Char('/')))
            p.chop(1);
        auto it = commit->files.constFind(p);
        if (it != commit->files.cend()) {
            x.type = QStringLiteral("Blob");
            x.path = p;
            x.content = it.value();
            return sub(x, s, path);
        }
        const QString prefix = p.isEmpty() ? QString() : p + QLatin1Char('/');
        for (auto f = commit->files.cbegin(); f != commit->files.cend(); ++f) {
            if (f.key().startsWith(prefix)) {
                x.type = QStringLiteral("Tree");
                x.path = p;
                return sub(x, s, path);
            }
        }
        return QJsonValue::Null;
    }

    FakeGitHubState &m_state;
    const Caller &m_caller;
    const Document &m_doc;
    const QJsonObject &m_vars;
};

} // namespace

HttpResponse FakeGitHubState::handleGraphQL(const HttpRequest &req, const Caller &caller, FakeRequest &entry)
{
    HttpResponse r;
    const QString resource = QStringLiteral("graphql");
    auto errorsOnly = [&](const QJsonArray &errors) {
        r.status = 200;
        r.body = jsonBody(QJsonObject{{QStringLiteral("errors"), errors}});
        addRateHeaders(r, resource);
        return r;
    };

    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        r.status = 400;
        r.body = jsonBody(messageJson(QStringLiteral("Problems parsing JSON"), QStringLiteral("https://docs.github.com/graphql")));
        return r;
    }
    const QJsonObject body = doc.object();
    if (!body.value(QStringLiteral("query")).isString())
        return errorsOnly({QJsonObject{{QStringLiteral("message"), QStringLiteral("A query attribute must be specified and must be a string.")}}});
    QJsonObject vars = body.value(QStringLiteral("variables")).toObject();
    const QString operationName = body.value(QStringLiteral("operationName")).toString();

    gql::ParseError pe;
    const std::optional<Document> parsed = gql::parse(body.value(QStringLiteral("query")).toString(), &pe);
    if (!parsed)
        return errorsOnly({QJsonObject{{QStringLiteral("message"), pe.message}, {QStringLiteral("locations"), QJsonArray{location(pe.line, pe.column)}}}});

    const Operation *op = parsed->operation(operationName);
    if (!op) {
        return errorsOnly({QJsonObject{{QStringLiteral("message"), operationName.isEmpty()
                                                                      ? QStringLiteral("An operation name is required")
                                                                      : QStringLiteral("No operation named \"%1\"").arg(operationName)}}});
    }
    entry.operationType = op->type;
    entry.operationName = op->name;

    // Variables: defaults, and non-null ones that were not given.
    QJsonArray varErrors;
    for (const VariableDefinition &v : op->variables) {
        if (!vars.contains(v.name) && v.defaultValue)
            vars.insert(v.name, v.defaultValue->resolve({}));
        if (v.nonNull && (!vars.contains(v.name) || vars.value(v.name).isNull())) {
            varErrors.append(QJsonObject{
                {QStringLiteral("extensions"), QJsonObject{{QStringLiteral("value"), QJsonValue()},
                                                           {QStringLiteral("problems"), QJsonArray{QJsonObject{{QStringLiteral("path"), QJsonArray()},
                                                                                                               {QStringLiteral("explanation"), QStringLiteral("Expected value to not be null")}}}}}},
                {QStringLiteral("locations"), QJsonArray{location(op->line, op->column)}},
                {QStringLiteral("message"), QStringLiteral("Variable $%1 of type %2 was provided invalid value").arg(v.name, v.type)}});
        }
    }
    if (!varErrors.isEmpty())
        return errorsOnly(varErrors);

    Validator validator(*parsed, *op, vars);
    validator.run();
    if (!validator.errors.isEmpty())
        return errorsOnly(validator.errors);
    if (!validator.limitErrors.isEmpty())
        return errorsOnly(validator.limitErrors);

    if (graphqlTimeoutNodes > 0 && validator.nodes > graphqlTimeoutNodes) {
        r.status = 502;
        r.body = jsonBody(QJsonObject{
            {QStringLiteral("data"), QJsonValue()},
            {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("message"),
                                                                QStringLiteral("Something went wrong while executing your query. This may be the result of a timeout, "
                                                                               "or it could be a GitHub bug. Please include `0000:1111:2222:3333:4444` when reporting this issue.")}}}}});
        return r;
    }

    // GitHub's cost: the requests each connection needs, per 100, at least 1.
    const int cost = qMax(1, int(std::lround(double(validator.requests) / 100.0)));
    FakeGitHub::Budget &b = budget(resource);
    if (b.remaining() < cost) {
        return errorsOnly({QJsonObject{{QStringLiteral("type"), QStringLiteral("RATE_LIMITED")},
                                       {QStringLiteral("message"), QStringLiteral("API rate limit exceeded for user ID %1.").arg(caller.info.userId)}}});
    }
    b.used += cost;

    Executor exec(*this, caller, *parsed, vars);
    exec.cost = cost;
    exec.nodeCount = validator.nodes;
    const QJsonObject data = exec.run(*op);
    QJsonObject out{{QStringLiteral("data"), data}};
    if (!exec.errors.isEmpty())
        out.insert(QStringLiteral("errors"), exec.errors);
    r.status = 200;
    r.body = jsonBody(out);
    if (!exec.ssoOrgIds.isEmpty()) {
        QStringList ids;
        for (int id : exec.ssoOrgIds)
            ids << QString::number(id);
        ids.sort();
        r.setHeader("X-GitHub-SSO", "partial-results; organizations=" + ids.join(QLatin1Char(',')).toLatin1());
    }
    addRateHeaders(r, resource);
    return r;
}

} // namespace atrium::fake
