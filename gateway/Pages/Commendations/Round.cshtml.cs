using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WardPlatform.Gateway.WebFront;

namespace WardPlatform.Gateway.Pages.Commendations;

/// <summary>
/// /commendations/rounds/{id}: the officer nominates (with the review meeting's vote), the appraiser appraises each
/// nomination seeing every check and its reason, posts the list and answers objections, the chairman decides; then the
/// Quyết định, the certificates and the Excel list download from here.
/// </summary>
[Authorize]
public sealed class RoundModel(ServiceClient services) : PageModel
{
    private const string Service = "commendations";
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public JsonElement Round { get; private set; }
    public List<JsonElement> Nominations { get; private set; } = [];
    public List<JsonElement> Objections { get; private set; } = [];
    public JsonElement? Decision { get; private set; }
    public ServiceAnswer? Answer { get; private set; }
    public string? Done { get; private set; }

    [BindProperty] public NominationForm Nominee { get; set; } = new();
    [BindProperty] public string? Verdict { get; set; }
    [BindProperty] public string? Reasons { get; set; }
    [BindProperty] public Guid? Target { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? SignerName { get; set; }

    public sealed class NominationForm
    {
        public string? Form { get; set; } = "giay-khen";
        public string? RecipientKind { get; set; } = "individual";
        public string? RecipientName { get; set; }
        public string? RecipientUnit { get; set; }
        public string? NominatingUnit { get; set; }
        public string? Achievement { get; set; }
        public string? ReportText { get; set; }
        public string? MeetingOn { get; set; }
        public int? Members { get; set; }
        public int? Present { get; set; }
        public int? VotesFor { get; set; }
        public int? VotesAgainst { get; set; }
        public int? VotesAbstaining { get; set; }
        public bool SecretBallot { get; set; }
        /// <summary>Links to achieved targets or recognised initiatives, one per line.</summary>
        public string? EvidenceLinks { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>
    /// The nomination with its dossier files: the báo cáo thành tích as an uploaded .docx / .pdf (or typed) and the minh
    /// chứng files, sent as multipart to the service, which checks each file's content. A wrong extension is refused here,
    /// beside the field, and nothing is sent.
    /// </summary>
    public async Task<IActionResult> OnPostNominateAsync(IFormFile? reportFile, List<IFormFile> evidenceFiles, CancellationToken ct)
    {
        var n = Nominee;
        var errors = NominationFiles.Check(reportFile, evidenceFiles);
        if (!VietnamDates.TryRead(n.MeetingOn, out var meetingOn))
            errors["vote.meetingOn"] = "Ngày họp không hợp lệ: dùng dạng ngày/tháng/năm (dd/MM/yyyy).";
        if (errors.Count > 0)
            Answer = new ServiceAnswer(System.Net.HttpStatusCode.BadRequest, null, "Hồ sơ chưa được gửi:", errors);
        else
        {
            using var content = NominationFiles.Content(new
            {
                n.Form, n.RecipientKind, n.RecipientName, n.RecipientUnit, n.NominatingUnit, n.Achievement, n.ReportText,
                evidenceLinks = NominationFiles.Links(n.EvidenceLinks),
                vote = new { meetingOn, n.Members, n.Present, n.VotesFor, n.VotesAgainst, n.VotesAbstaining, n.SecretBallot },
            }, reportFile, evidenceFiles);
            Answer = await services.SendAsync(Service, HttpMethod.Post, $"/rounds/{Id}/nominations", content, ct);
        }
        return await AfterAsync("Đã gửi hồ sơ đề nghị.", ct);
    }

    public async Task<IActionResult> OnPostAppraiseAsync(CancellationToken ct)
    {
        Answer = await services.PostAsync(Service, $"/nominations/{Target}/appraise", new { verdict = Verdict, reasons = Reasons }, ct);
        return await AfterAsync("Đã ghi kết quả thẩm định.", ct);
    }

    public async Task<IActionResult> OnPostPostAsync(CancellationToken ct)
    {
        Answer = await services.PostAsync(Service, $"/rounds/{Id}/post", new { }, ct);
        return await AfterAsync("Đã niêm yết danh sách công khai.", ct);
    }

    public async Task<IActionResult> OnPostAnswerAsync(CancellationToken ct)
    {
        Answer = await services.PostAsync(Service, $"/rounds/{Id}/objections/{Target}/answer", new { answer = Text }, ct);
        return await AfterAsync("Đã trả lời ý kiến.", ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken ct)
    {
        Answer = await services.PostAsync(Service, $"/rounds/{Id}/decide", new { signerName = SignerName }, ct);
        return await AfterAsync("Đã ký quyết định khen thưởng.", ct);
    }

    /// <summary>The documents, fetched with the person's token and passed on: only the round's own files.</summary>
    public async Task<IActionResult> OnGetFileAsync(string kind, Guid? award, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var decision = Decision?.Str("id");
        var path = kind switch
        {
            "xlsx" => $"/rounds/{Id}/awards.xlsx",
            "docx" or "pdf" when decision is { Length: > 0 } => $"/decisions/{decision}/quyet-dinh.{kind}",
            "giay-khen" when decision is { Length: > 0 } && award is { } a => $"/decisions/{decision}/awards/{a}/giay-khen.pdf",
            _ => null,
        };
        if (path is null || await services.GetFileAsync(Service, path, ct) is not { } file) return NotFound();
        return File(file.Content, file.ContentType, file.FileName);
    }

    private async Task<IActionResult> AfterAsync(string done, CancellationToken ct)
    {
        if (Answer is { Succeeded: true }) Done = done;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var round = await services.GetAsync(Service, $"/rounds/{Id}", ct);
        if (!round.Succeeded || round.Body is not { } body) return false;
        Round = body;
        var nominations = await services.GetAsync(Service, $"/nominations?roundId={Id}&state=", ct);
        var all = new List<JsonElement>();
        foreach (var state in new[] { "", "Accepted", "Rejected", "Awarded", "Revoked" })
        {
            var answer = state == "" ? nominations : await services.GetAsync(Service, $"/nominations?roundId={Id}&state={state}", ct);
            if (answer.Body is { ValueKind: JsonValueKind.Array } list) all.AddRange(list.EnumerateArray());
        }
        Nominations = all;
        var objections = await services.GetAsync(Service, $"/rounds/{Id}/objections", ct);
        Objections = objections.Body is { ValueKind: JsonValueKind.Array } o ? o.EnumerateArray().ToList() : [];
        if (body.Str("decisionId") is { Length: > 0 } decisionId && (await services.GetAsync(Service, $"/decisions/{decisionId}", ct)).Body is { } d)
            Decision = d;
        return true;
    }
}
