using System.Text.Json;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>
/// How far the targets service has registered an issued plan's board: <see cref="Expected"/> is the plan's confirmed
/// targets (plans service), <see cref="Registered"/> the board's count (targets service, none before PlanIssued
/// arrives). A draft has nothing to register.
/// </summary>
public sealed record BoardRegistration(int Expected, int Registered, bool BoardExists, bool Issued)
{
    public static BoardRegistration Of(JsonElement plan, JsonElement? board) => new(
        plan.Items("targets").Count(),
        board is { } b ? (int)(b.Num("targetCount") ?? 0) : 0,
        board is not null,
        plan.Str("status") is { Length: > 0 } status && status != "Draft");

    public bool Complete => BoardExists && Registered >= Expected;

    /// <summary>Issued, and the board not there yet or not all of it: the page shows progress and polls.</summary>
    public bool Pending => Issued && !Complete;

    public string Progress => $"Đang đăng ký chỉ tiêu… (đã có {Registered}/{Expected})";
}
