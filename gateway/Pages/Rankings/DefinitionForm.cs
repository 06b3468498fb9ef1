using System.Globalization;
using System.Text.Json;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Rankings;

/// <summary>One criterion row of the form, as typed.</summary>
public sealed class CriterionRow
{
    public string? Code { get; set; }
    public string? Area { get; set; }
    public string? Group { get; set; }
    public string? Name { get; set; }
    public string? Points { get; set; }
    /// <summary>"metric:{name}", "entered" or "target"; the parameter, the entered code or the target id is <see cref="SourceParameter"/>.</summary>
    public string? SourceKind { get; set; }
    public string? SourceParameter { get; set; }
    public string Direction { get; set; } = "higher";
    public string? Floor { get; set; }
    public string? Target { get; set; }

    public bool IsBlank => new[] { Code, Area, Group, Name, Points, SourceKind, SourceParameter, Floor, Target }.All(string.IsNullOrWhiteSpace);

    /// <summary>The service's source text: target:{id}, metric:{name}[:{parameter}], entered:{code}.</summary>
    public string? Source()
    {
        var kind = SourceKind?.Trim() ?? "";
        var parameter = SourceParameter?.Trim() ?? "";
        if (kind.Length == 0) return parameter.Length == 0 ? null : parameter;
        return parameter.Length > 0 || !kind.StartsWith("metric:", StringComparison.Ordinal) ? $"{kind}:{parameter}" : kind;
    }
}

/// <summary>One band row (xếp loại, ngưỡng %).</summary>
public sealed class BandRow
{
    public string? Label { get; set; }
    public string? MinPercent { get; set; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(MinPercent);
}

/// <summary>
/// The ranking definition form of /rankings/new as typed (dates dd/MM/yyyy, numbers with a comma or a dot), the body
/// of POST /definitions built from it (blank rows left out), and the service's field names ("criteria[2].points",
/// counted over the rows sent) turned back into the form's rows.
/// </summary>
public sealed class DefinitionForm
{
    public const int CriterionRows = 8;
    public const int BandRows = 4;
    public const int MoreRows = 4;
    private static readonly string[] CriterionFields = ["code", "area", "group", "name", "points", "source", "direction", "floor", "target"];
    private static readonly string[] Scalars =
        ["name", "periodStart", "periodEnd", "cluster", "totalPoints", "normalisation", "bonusCapPercent", "minCoveragePercent", "precision", "criteria", "bands"];

    /// <summary>The sources a criterion may take: the computed metrics the rankings service knows, then the two with a code.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> SourceKinds =
    [
        ("metric:targets-achieved", "Tỷ lệ chỉ tiêu đạt (%)"),
        ("metric:plan-cascaded", "Ban hành kế hoạch triển khai kế hoạch của tỉnh (ghi số kế hoạch)"),
        ("metric:reports-on-time", "Tỷ lệ phản ánh giải quyết đúng hạn (%)"),
        ("metric:incidents", "Số vụ việc đã xác minh (ghi năm gốc nếu so sánh)"),
        ("metric:relapse-rate", "Tỷ lệ tái phạm, tái lấn chiếm (%)"),
        ("metric:commendations", "Số danh hiệu, hình thức khen thưởng"),
        ("entered", "Số liệu tỉnh nhập (ghi mã số liệu)"),
        ("target", "Chỉ tiêu của tỉnh (ghi mã chỉ tiêu)"),
    ];

    public string? Name { get; set; }
    public string? PeriodStart { get; set; }
    public string? PeriodEnd { get; set; }
    public string? Cluster { get; set; }
    public string TotalPoints { get; set; } = "100";
    public string Normalisation { get; set; } = "target";
    public string? BonusCapPercent { get; set; } = "5";
    public string? MinCoveragePercent { get; set; } = "80";
    public string? Precision { get; set; } = "2";
    public List<CriterionRow> Criteria { get; set; } = [];
    public List<BandRow> Bands { get; set; } = [];

    private readonly List<int> _sentCriteria = [];
    private readonly List<int> _sentBands = [];

    /// <summary>A blank form: empty criterion rows and the service's default bands.</summary>
    public static DefinitionForm Blank() => new DefinitionForm
    {
        Bands = [new() { Label = "A", MinPercent = "90" }, new() { Label = "B", MinPercent = "80" }, new() { Label = "C", MinPercent = "65" }, new() { Label = "D", MinPercent = "0" }],
    }.Padded();

    /// <summary>The form filled from a stored definition (GET /definitions/{id}), for its next version.</summary>
    public static DefinitionForm Of(JsonElement definition)
    {
        var method = definition.Obj("method");
        return new DefinitionForm
        {
            Name = definition.Str("name"), PeriodStart = VietnamDates.Show(definition, "periodStart"), PeriodEnd = VietnamDates.Show(definition, "periodEnd"),
            Cluster = definition.Str("cluster"), TotalPoints = method.Str("totalPoints"), Normalisation = method.Str("normalisation"),
            BonusCapPercent = JsonValues.Show(method.Num("bonusCapPercent")), MinCoveragePercent = JsonValues.Show(method.Num("minCoveragePercent")),
            Precision = method.Str("precision"),
            Criteria = [.. method.Items("criteria").Select(Criterion)],
            Bands = [.. method.Items("bands").Select(b => new BandRow { Label = b.Str("label"), MinPercent = JsonValues.Show(b.Num("minPercent")) })],
        }.Padded();
    }

    private static CriterionRow Criterion(JsonElement c)
    {
        var source = c.Str("source");
        var parts = source.Split(':', source.StartsWith("metric:", StringComparison.Ordinal) ? 3 : 2);
        var (kind, parameter) = parts[0] == "metric" && parts.Length > 1
            ? ($"metric:{parts[1]}", parts.Length == 3 ? parts[2] : null)
            : (parts[0], parts.Length == 2 ? parts[1] : null);
        return new CriterionRow
        {
            Code = c.Str("code"), Area = c.Str("area"), Group = c.Str("group"), Name = c.Str("name"), Points = JsonValues.Show(c.Num("points")),
            SourceKind = kind, SourceParameter = parameter, Direction = c.Str("direction") is { Length: > 0 } d ? d : "higher",
            Floor = JsonValues.Show(c.Num("floor")), Target = JsonValues.Show(c.Num("target")),
        };
    }

    /// <summary>At least the usual number of rows, and always a few blank criterion rows to add to.</summary>
    public DefinitionForm Padded()
    {
        var blank = Criteria.Count(c => c.IsBlank);
        for (; Criteria.Count < CriterionRows || blank < 2; blank++) Criteria.Add(new CriterionRow());
        while (Bands.Count < BandRows) Bands.Add(new BandRow());
        return this;
    }

    public void AddRows()
    {
        for (var i = 0; i < MoreRows; i++) Criteria.Add(new CriterionRow());
    }

    /// <summary>The body of POST /definitions, or null with the errors of what could not be read (a date, a number).</summary>
    public object? Body(IReadOnlyList<string> wards, Dictionary<string, string> errors)
    {
        _sentCriteria.Clear();
        _sentBands.Clear();
        var start = Date("periodStart", PeriodStart, "Ngày bắt đầu kỳ", errors);
        var end = Date("periodEnd", PeriodEnd, "Ngày kết thúc kỳ", errors);
        var body = new
        {
            name = Name, periodStart = start, periodEnd = end, cluster = string.IsNullOrWhiteSpace(Cluster) ? null : Cluster.Trim(), wards,
            totalPoints = Number("totalPoints", TotalPoints, errors), normalisation = Normalisation,
            bonusCapPercent = Number("bonusCapPercent", BonusCapPercent, errors),
            minCoveragePercent = Number("minCoveragePercent", MinCoveragePercent, errors),
            precision = Whole("precision", Precision, errors),
            criteria = Sent(Criteria, c => c.IsBlank, _sentCriteria, (c, at) => new
            {
                code = Text(c.Code), area = c.Area, group = Text(c.Group), name = c.Name, points = Number($"{at}.points", c.Points, errors),
                source = c.Source(), direction = c.Direction, floor = Number($"{at}.floor", c.Floor, errors), target = Number($"{at}.target", c.Target, errors),
            }, "criteria"),
            bands = Sent(Bands, b => b.IsBlank, _sentBands, (b, at) => new { label = b.Label, minPercent = Number($"{at}.minPercent", b.MinPercent, errors) }, "bands"),
        };
        return errors.Count == 0 ? body : null;
    }

    /// <summary>The service's field name under the form's row: the rows sent skip the blank ones.</summary>
    public string FormField(string field)
    {
        foreach (var (list, sent) in new[] { ("criteria", _sentCriteria), ("bands", _sentBands) })
        {
            if (Row(field) is ({ } at, var i, var member) && at == list && i < sent.Count) return $"{list}[{sent[i]}]{member}";
        }
        return field;
    }

    /// <summary>"criteria[2].points" → ("criteria", 2, ".points").</summary>
    private static (string? List, int Row, string Member) Row(string field)
    {
        var open = field.IndexOf('[');
        var close = field.IndexOf(']');
        return open > 0 && close > open + 1 && int.TryParse(field[(open + 1)..close], NumberStyles.None, CultureInfo.InvariantCulture, out var row)
            ? (field[..open], row, field[(close + 1)..]) : (null, -1, "");
    }

    /// <summary>Whether the form shows an error for this field beside an input or above a table.</summary>
    public bool Shows(string field)
    {
        if (Scalars.Contains(field)) return true;
        var (list, row, member) = Row(field);
        return list == "criteria" ? row < Criteria.Count && CriterionFields.Contains(member.TrimStart('.'))
            : list == "bands" && row < Bands.Count && member is ".label" or ".minPercent";
    }

    /// <summary>The rows that are not blank, written for the service; <paramref name="sent"/> keeps the form row of each.</summary>
    private static List<T> Sent<TRow, T>(List<TRow> rows, Func<TRow, bool> blank, List<int> sent, Func<TRow, string, T> write, string list)
    {
        var items = new List<T>();
        for (var row = 0; row < rows.Count; row++)
        {
            if (blank(rows[row])) continue;
            items.Add(write(rows[row], $"{list}[{row}]"));
            sent.Add(row);
        }
        return items;
    }

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? Date(string field, string? text, string label, Dictionary<string, string> errors)
    {
        if (VietnamDates.TryRead(text, out var date)) return date;
        errors[field] = $"{label} không hợp lệ: nhập ngày có thật theo dạng ngày/tháng/năm (ví dụ 31/12/2026).";
        return null;
    }

    private static decimal? Number(string field, string? text, Dictionary<string, string> errors)
    {
        if (VietnamNumbers.TryRead(text, out var value)) return value;
        errors[field] = "Cần một số (ví dụ 12,5 hoặc 12.5).";
        return null;
    }

    private static int? Whole(string field, string? text, Dictionary<string, string> errors)
    {
        if (VietnamNumbers.TryRead(text, out var value) && value is null or (>= -100 and <= 100) && value == decimal.Truncate(value ?? 0)) return (int?)value;
        errors[field] = "Cần một số nguyên (ví dụ 2).";
        return null;
    }
}
