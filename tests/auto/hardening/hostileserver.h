// SPDX-License-Identifier: Apache-2.0
#pragma once

// A misbehaving HTTP server on loopback, on its own thread (so that it keeps
// misbehaving whatever the test's thread is doing): answers every request
// with an oversize body, or with headers and then silence, or with headers
// and then a byte now and then. Records the request lines it saw.

#include <QByteArray>
#include <QEventLoop>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <future>

namespace atrium::testing {

class HostileServer
{
public:
    enum class Mode {
        OversizeDeclared,   ///< Content-Length above the limit, then the body
        OversizeUndeclared, ///< no Content-Length: a body until the connection closes
        Silent,             ///< headers, then nothing, ever
        Drip,               ///< headers, then one byte every dripMs, never finishing
    };

    HostileServer(Mode mode, qint64 bodyBytes = 0, int dripMs = 300) : m_mode(mode), m_bodyBytes(bodyBytes), m_dripMs(dripMs)
    {
        std::promise<quint16> port;
        std::future<quint16> ready = port.get_future();
        m_thread.reset(QThread::create([this, &port] { serve(port); }));
        m_thread->start();
        m_port = ready.get();
    }

    ~HostileServer()
    {
        m_stop = true;
        m_thread->wait();
    }

    quint16 port() const { return m_port; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QStringList requestLines() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    int connections() const { return m_connections; }

private:
    void serve(std::promise<quint16> &port)
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (s->property("answered").toBool()) {
                        s->readAll();
                        return;
                    }
                    QByteArray buffer = s->property("request").toByteArray() + s->readAll();
                    s->setProperty("request", buffer);
                    if (buffer.indexOf("\r\n\r\n") < 0)
                        return;
                    {
                        QMutexLocker lock(&m_mutex);
                        m_requests << QString::fromLatin1(buffer.left(buffer.indexOf("\r\n")));
                    }
                    s->setProperty("answered", true);
                    answer(s);
                });
            }
        });
        port.set_value(server.serverPort());
        QEventLoop loop;
        QTimer stopper;
        QObject::connect(&stopper, &QTimer::timeout, &loop, [this, &loop] {
            if (m_stop)
                loop.quit();
        });
        stopper.start(50);
        loop.exec();
    }

    void answer(QTcpSocket *s)
    {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        switch (m_mode) {
        case Mode::OversizeDeclared:
            head += "Content-Length: " + QByteArray::number(m_bodyBytes) + "\r\n\r\n";
            s->write(head);
            writeBody(s, m_bodyBytes);
            break;
        case Mode::OversizeUndeclared:
            head += "Connection: close\r\n\r\n";
            s->write(head);
            writeBody(s, m_bodyBytes);
            break;
        case Mode::Silent:
            head += "Content-Length: 100\r\n\r\n";
            s->write(head);
            break;
        case Mode::Drip: {
            head += "Content-Length: 1000000\r\n\r\n";
            s->write(head);
            auto *t = new QTimer(s);
            QObject::connect(t, &QTimer::timeout, s, [s] { s->write(" "); });
            t->start(m_dripMs);
            break;
        }
        }
    }

    static void writeBody(QTcpSocket *s, qint64 bytes)
    {
        // In slices as the socket drains, so that a client that gives up
        // early is not sent the rest.
        auto *left = new qint64(bytes - 1);
        auto pump = [s, left] {
            while (*left > 0 && s->bytesToWrite() < 256 * 1024 && s->state() == QAbstractSocket::ConnectedState) {
                const qint64 n = qMin<qint64>(*left, 64 * 1024);
                s->write(QByteArray(n, ' '));
                *left -= n;
            }
            if (*left <= 0 && s->bytesToWrite() == 0)
                s->disconnectFromHost();
        };
        QObject::connect(s, &QTcpSocket::bytesWritten, s, pump);
        QObject::connect(s, &QObject::destroyed, [left] { delete left; });
        s->write("[");
    }

    Mode m_mode;
    qint64 m_bodyBytes;
    int m_dripMs;
    quint16 m_port = 0;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_connections{0};
    mutable QMutex m_mutex;
    QStringList m_requests;
};

} // namespace atrium::testing
