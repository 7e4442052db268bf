// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace atrium {

/**
 * The queue of toasts in the window's bottom right corner: short messages
 * about things that happened in the background ("Sync finished", "Template
 * X finished") or that can still be undone ("Removed X from starred").
 *
 * At most maxToasts are kept: a new one pushes the oldest out. Each goes
 * after timeoutMs (6 s) unless paused (the pointer is over the toasts).
 * A toast's action either runs a C++ callback (undo) or asks the window to
 * go somewhere (actionRequested: "Show problems", "Open").
 *
 * Created by the composition root, handed to AppController (which the
 * other controllers reach it through) and to Main.qml.
 */
class ToastModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** While true, no toast expires (the pointer is over one). */
    Q_PROPERTY(bool paused READ paused WRITE setPaused NOTIFY pausedChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TextRole,
        ActionTextRole,
        ErrorRole,
    };
    Q_ENUM(Role)

    using Callback = std::function<void()>;
    static constexpr int maxToasts = 3;
    static constexpr int defaultTimeoutMs = 6000;

    explicit ToastModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_toasts.size()); }
    bool paused() const { return m_paused; }
    void setPaused(bool paused);

    /** Shows @p text; its button @p actionText runs @p callback (then the
     *  toast goes). Returns the toast's id. */
    int show(const QString &text, const QString &actionText = {}, Callback callback = {}, bool error = false);
    /** Shows @p text; its button @p actionText emits actionRequested(@p action, @p argument). */
    int showRequest(const QString &text, const QString &actionText, const QString &action, const QString &argument = {},
                    bool error = false);

    /** Runs the action of toast @p id and removes the toast. */
    Q_INVOKABLE void trigger(int id);
    /** Removes toast @p id without running its action. */
    Q_INVOKABLE void dismiss(int id);
    Q_INVOKABLE void clear();
    bool contains(int id) const { return indexOf(id) >= 0; }
    /** The text of the toast at @p row (tests). */
    QString textAt(int row) const;
    int idAt(int row) const;

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms);
    /** For tests: a clock in milliseconds; expiry then happens on expire(). */
    void setClock(std::function<qint64()> nowMs);
    /** Removes the toasts whose time is up. */
    void expire();

Q_SIGNALS:
    void countChanged();
    void pausedChanged();
    /** A toast's button asked the window for @p action ("showSync",
     *  "showCreate", "openEntity") with @p argument. */
    void actionRequested(const QString &action, const QString &argument);

private:
    struct Toast {
        int id = 0;
        QString text;
        QString actionText;
        bool error = false;
        Callback callback;
        QString action;
        QString argument;
        qint64 deadline = 0;
    };
    int add(Toast toast);
    int indexOf(int id) const;
    void removeAt(int row);
    void scheduleExpiry();

    QList<Toast> m_toasts; ///< oldest first
    QTimer m_timer;
    std::function<qint64()> m_now;
    bool m_fakeClock = false;
    bool m_paused = false;
    int m_timeoutMs = defaultTimeoutMs;
    int m_nextId = 1;
};

} // namespace atrium
