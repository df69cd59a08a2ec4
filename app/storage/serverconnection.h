#pragma once

#include <QString>

#include <functional>

namespace Actes {

// The connection of a library kept on a server (PostgreSQL): it can be lost (the server stopped
// or restarted, the network cut) and opened again. A library in a file has none
// (ResourceRepository::serverConnection() returns nullptr). Library (app/library/) watches it and
// reconnects with back-off (ServerReconnector); the window only shows what Library announces.
class ServerConnection
{
public:
    virtual ~ServerConnection() = default;

    // The server as named in messages ("db.example.org:5432").
    virtual QString serverDescription() const = 0;
    // True from the moment a call found the connection lost until reconnect() succeeds.
    virtual bool isConnectionLost() const = 0;

    // Called when a call finds the connection lost, with the message of its error, on the
    // connection's thread and from inside the failing call (do not call the repository from it:
    // note the loss and act later). While a listener is set, calls on a lost connection fail at
    // once (LibraryError Io) instead of each trying to connect again: whoever set the listener
    // calls reconnect(). Without one (the command line), the next call outside a transaction
    // connects again by itself.
    using LossListener = std::function<void(const QString &message)>;
    virtual void setLossListener(LossListener listener) = 0;

    // A connection attempt to the server with this connection's address and credentials that
    // does not touch this connection and may run on any thread (an unreachable host takes up to
    // connect_timeout to answer, so it is run off the window's thread). It returns an empty
    // string when the server accepted the connection, otherwise why not.
    using Probe = std::function<QString()>;
    virtual Probe connectionProbe() const = 0;

    // Opens the connection again (same address and credentials), sets the session up and listens
    // to the change notifications again. Throws LibraryError (Io) when the server does not answer.
    virtual void reconnect() = 0;
};

} // namespace Actes
