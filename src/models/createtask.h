// SPDX-License-Identifier: Apache-2.0
#pragma once

// The seam between the Create wizard and the scaffolder: the wizard asks a
// factory for a job and binds to its signals. The composition root (gui.cpp)
// wraps the real task runner (src/services/scaffolder) in one; tests pass
// their own, so the wizard's tests need no runner.

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace atrium {

/** What to run: a template, the form's values, dry or for real. */
struct CreateTaskRequest {
    QString templateRef;
    QJsonObject templateEntity;  ///< the whole Template document
    QString templateLocation;    ///< the template file (relative `url`s resolve against it)
    QJsonObject parameters;
    /** `ui:field: Secret` values, by key: `${{ secrets.KEY }}`, never stored or logged. */
    QJsonObject secrets;
    bool dryRun = false;
};

/** A file a dry run would write. */
struct CreateTaskFile {
    QString path;
    QByteArray content;
    bool executable = false;
    bool binary = false;
};

struct CreateTaskLink {
    QString title;
    QString url;       ///< a web link, or empty
    QString entityRef; ///< an entity of the catalog, or empty
};

struct CreateTaskResult {
    QString taskId;
    /** completed, failed or cancelled */
    QString status;
    QList<CreateTaskLink> links;
    QList<QPair<QString, QString>> texts; ///< title, content
    QList<CreateTaskFile> files;          ///< dry run only
    QString error;
};

/** One run of a template. Emits stepChanged() and logLine() while it runs
 *  and finished() once. */
class CreateTaskJob : public QObject
{
    Q_OBJECT
public:
    enum class StepState { Pending, Running, Completed, Failed, Skipped, Cancelled };
    Q_ENUM(StepState)
    using QObject::QObject;
    /** The steps' names, in order, as known before start(). */
    virtual QStringList stepNames() const = 0;
    virtual void start() = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    void stepChanged(int step, atrium::CreateTaskJob::StepState state);
    void logLine(int step, const QString &line);
    void finished(const atrium::CreateTaskResult &result);
};

/** Makes a job for @p request, or returns null with @p error set. */
using CreateTaskFactory = std::function<CreateTaskJob *(const CreateTaskRequest &request, QString *error)>;

} // namespace atrium
