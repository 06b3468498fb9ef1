namespace WardPlatform.Contracts;

/// <summary>
/// Names shared by the AppHost, the services and the tests. They become configuration keys the
/// way Aspire writes them: ConnectionStrings__{name} and services__{name}__http__0.
/// </summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string EventBus = "eventbus";

    public const string Directory = "directory";
    public const string Plans = "plans";
    public const string Targets = "targets";
    public const string Commendations = "commendations";
    public const string Reports = "reports";
    public const string Rankings = "rankings";
    public const string Gateway = "gateway";

    public const string DirectoryDb = "directorydb";
    public const string PlansDb = "plansdb";
    public const string TargetsDb = "targetsdb";
    public const string CommendationsDb = "commendationsdb";
    public const string ReportsDb = "reportsdb";
    public const string RankingsDb = "rankingsdb";

    /// <summary>Every backend service, in the order the gateway lists them.</summary>
    public static readonly IReadOnlyList<string> Services =
        [Directory, Plans, Targets, Commendations, Reports, Rankings];

    public static string DatabaseOf(string service) => service + "db";
}
