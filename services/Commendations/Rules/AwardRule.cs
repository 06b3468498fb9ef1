namespace WardPlatform.Commendations.Rules;

/// <summary>
/// One award form for one kind of recipient, as a legal text sets it, from <see cref="EffectiveFrom"/>. The national
/// defaults have an empty <see cref="ProvinceCode"/>; a province overrides any of them by its own regulation as a new
/// row, and a decision keeps the version in force on its date.
/// </summary>
public sealed class AwardRule
{
    public Guid Id { get; init; }
    /// <summary>"" for the national default, else the province whose regulation this is.</summary>
    public string ProvinceCode { get; init; } = "";
    /// <summary>"giay-khen", "lao-dong-tien-tien", "chien-si-thi-dua-co-so"… (<see cref="AwardForms"/>).</summary>
    public required string Form { get; init; }
    /// <summary>"collective", "individual" or "household".</summary>
    public required string RecipientKind { get; init; }
    public required string Name { get; init; }
    /// <summary>False for the province's awards, which a ward proposes upward.</summary>
    public bool DecidedByWard { get; init; }
    /// <summary>A title (danh hiệu) rather than an award (hình thức khen thưởng): the certificate says "TẶNG DANH HIỆU".</summary>
    public bool IsTitle { get; init; }
    public required string Criteria { get; init; }
    /// <summary>Dossier parts (<see cref="DossierParts"/>) this form asks for.</summary>
    public List<string> RequiredParts { get; init; } = [];
    /// <summary>Share of the council's members who must vote for (0.8 = 80%).</summary>
    public decimal VoteShare { get; init; }
    /// <summary>True: more than <see cref="VoteShare"/> (a majority); false: at least it.</summary>
    public bool VoteStrictlyMore { get; init; }
    public bool SecretBallot { get; init; }
    /// <summary>Prize = coefficient × the base salary on the decision date, rounded to tens of thousands of đồng.</summary>
    public decimal Coefficient { get; init; }
    /// <summary>
    /// The share (0.7 = 70%) of the nominee unit's targets in the round's plan (every known target of the ward when the round has no plan) that
    /// must be achieved; null: targets do not count for this form. The nominee unit is the collective itself, or an
    /// individual's unit.
    /// </summary>
    public decimal? MinTargetShare { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public required string LegalSource { get; init; }
}

/// <summary>The base salary (lương cơ sở) from a date on: prizes are multiples of it.</summary>
public sealed class BaseSalary
{
    public Guid Id { get; init; }
    public string ProvinceCode { get; init; } = "";
    public DateOnly EffectiveFrom { get; init; }
    public decimal Amount { get; init; }
    public required string LegalSource { get; init; }
}

public static class RecipientKinds
{
    public const string Collective = "collective";
    public const string Individual = "individual";
    public const string Household = "household";
    public static readonly IReadOnlyList<string> All = [Collective, Individual, Household];

    public static string Label(string kind) => kind switch
    {
        Collective => "tập thể",
        Individual => "cá nhân",
        Household => "hộ gia đình",
        _ => kind,
    };
}

public static class DossierParts
{
    public const string Submission = "to-trinh";
    public const string Minutes = "bien-ban";
    public const string Report = "bao-cao";
    public const string Evidence = "minh-chung";

    public static string Label(string part) => part switch
    {
        Submission => "Tờ trình kèm danh sách đề nghị",
        Minutes => "Biên bản họp bình xét",
        Report => "Báo cáo thành tích",
        Evidence => "Minh chứng",
        _ => part,
    };
}
