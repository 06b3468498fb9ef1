using System.Net.Sockets;
using Npgsql;

namespace WardPlatform.Persistence;

/// <summary>Whether a failure means the database is away for now (it will be back), rather than a bug or bad data.</summary>
public static class DatabaseFailures
{
    /// <summary>
    /// A connection refused or reset, a server shutting down or starting (57P01–57P03), too many connections (53300),
    /// or a connection broken mid-command, anywhere in the exception chain (EF Core wraps Npgsql's).
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            switch (e)
            {
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }:
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return true;
            }
        return false;
    }
}
