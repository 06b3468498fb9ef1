using System.Text.Json;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Plans;

/// <summary>The body of a lifecycle move (<c>POST /plans/{id}/{move}</c>): a note for the history and, for issuing, the date.</summary>
public sealed record PlanMoveBody(string? Note, DateOnly? IssuedOn);

/// <summary>
/// The small form beside the next lifecycle button: a note for every move and, for "Ban hành", the issue date
/// (dd/MM/yyyy). The date is read here, so that 31/02 is refused beside the field before anything is sent; the
/// note is the plans service's to judge (its free-text rule), and its field error comes back under "note".
/// </summary>
public static class PlanMoveForm
{
    public const string Issue = "issue";
    public const string NoteField = "note";
    public const string IssuedOnField = "issuedOn";
    public const string ConfirmField = "confirm";

    /// <summary>Moves that cannot be undone ask the person to confirm them.</summary>
    public static bool IsIrreversible(string move) => move is Issue or "close";

    public static bool AsksIssueDate(string move) => move == Issue;

    /// <summary>What the date field starts with: the date the document carries, else today in Vietnam.</summary>
    public static string DefaultIssuedOn(JsonElement plan, TimeProvider clock) =>
        VietnamDates.Show(plan, "issuedOn") is { Length: > 0 } written ? written : VietnamDates.Show(VietnamDates.Today(clock));

    /// <summary>The body to send, or the field errors that keep it from being sent.</summary>
    public static (PlanMoveBody? Body, Dictionary<string, string> Errors) Read(string move, string? note, string? issuedOn)
    {
        var errors = new Dictionary<string, string>();
        DateOnly? date = null;
        if (AsksIssueDate(move) && !VietnamDates.TryRead(issuedOn, out date))
            errors[IssuedOnField] = "Ngày ban hành không hợp lệ: nhập ngày có thật theo dạng ngày/tháng/năm (ví dụ 30/05/2026).";
        if (errors.Count > 0) return (null, errors);
        return (new PlanMoveBody(string.IsNullOrWhiteSpace(note) ? null : note, date), errors);
    }
}
