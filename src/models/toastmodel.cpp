// SPDX-License-Identifier: Apache-2.0
#include "toastmodel.h"

#include <QDateTime>

#include <algorithm>

namespace atrium {

ToastModel::ToastModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ToastModel::expire);
}

int ToastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_toasts.size());
}

QVariant ToastModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Toast &t = m_toasts.at(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case Qt::DisplayRole:
    case TextRole:
        return t.text;
    case ActionTextRole:
        return t.actionText;
    case ErrorRole:
        return t.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> ToastModel::roleNames() const
{
    return {{IdRole, "toastId"}, {TextRole, "text"}, {ActionTextRole, "actionText"}, {ErrorRole, "error"}};
}

void ToastModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused) {
        // Leaving the toasts gives them a little time again rather than
        // taking them all away at once.
        const qint64 least = m_now() + m_timeoutMs / 2;
        for (Toast &t : m_toasts)
            t.deadline = std::max(t.deadline, least);
    }
    scheduleExpiry();
    Q_EMIT pausedChanged();
}

int ToastModel::show(const QString &text, const QString &actionText, Callback callback, bool error)
{
    Toast t;
    t.text = text;
    t.actionText = callback ? actionText : QString();
    t.callback = std::move(callback);
    t.error = error;
    return add(std::move(t));
}

int ToastModel::showRequest(const QString &text, const QString &actionText, const QString &action,
                            const QString &argument, bool error)
{
    Toast t;
    t.text = text;
    t.actionText = action.isEmpty() ? QString() : actionText;
    t.action = action;
    t.argument = argument;
    t.error = error;
    return add(std::move(t));
}

int ToastModel::add(Toast toast)
{
    while (m_toasts.size() >= maxToasts)
        removeAt(0);
    toast.id = m_nextId++;
    toast.deadline = m_now() + m_timeoutMs;
    const int row = int(m_toasts.size());
    beginInsertRows({}, row, row);
    m_toasts.append(std::move(toast));
    endInsertRows();
    Q_EMIT countChanged();
    scheduleExpiry();
    return m_toasts.constLast().id;
}

void ToastModel::trigger(int id)
{
    const int row = indexOf(id);
    if (row < 0)
        return;
    // Removed first: the action may show another toast.
    const Toast t = m_toasts.at(row);
    removeAt(row);
    scheduleExpiry();
    if (t.callback)
        t.callback();
    else if (!t.action.isEmpty())
        Q_EMIT actionRequested(t.action, t.argument);
}

void ToastModel::dismiss(int id)
{
    const int row = indexOf(id);
    if (row < 0)
        return;
    removeAt(row);
    scheduleExpiry();
}

void ToastModel::clear()
{
    if (m_toasts.isEmpty())
        return;
    beginResetModel();
    m_toasts.clear();
    endResetModel();
    m_timer.stop();
    Q_EMIT countChanged();
}

QString ToastModel::textAt(int row) const
{
    return row >= 0 && row < m_toasts.size() ? m_toasts.at(row).text : QString();
}

int ToastModel::idAt(int row) const
{
    return row >= 0 && row < m_toasts.size() ? m_toasts.at(row).id : 0;
}

void ToastModel::setTimeoutMs(int ms)
{
    m_timeoutMs = std::max(1, ms);
}

void ToastModel::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
    m_fakeClock = true;
    m_timer.stop();
}

void ToastModel::expire()
{
    if (m_paused)
        return;
    const qint64 now = m_now();
    for (int row = int(m_toasts.size()) - 1; row >= 0; --row) {
        if (m_toasts.at(row).deadline <= now)
            removeAt(row);
    }
    scheduleExpiry();
}

int ToastModel::indexOf(int id) const
{
    for (int i = 0; i < m_toasts.size(); ++i) {
        if (m_toasts.at(i).id == id)
            return i;
    }
    return -1;
}

void ToastModel::removeAt(int row)
{
    beginRemoveRows({}, row, row);
    m_toasts.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void ToastModel::scheduleExpiry()
{
    if (m_fakeClock || m_paused || m_toasts.isEmpty()) {
        m_timer.stop();
        return;
    }
    qint64 next = m_toasts.constFirst().deadline;
    for (const Toast &t : std::as_const(m_toasts))
        next = std::min(next, t.deadline);
    m_timer.start(int(std::clamp<qint64>(next - m_now(), 0, m_timeoutMs)));
}

} // namespace atrium
