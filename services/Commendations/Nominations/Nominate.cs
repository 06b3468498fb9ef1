using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Commendations.Apis;
using WardPlatform.Commendations.Data;
using WardPlatform.Commendations.Eligibility;
using WardPlatform.Commendations.Rounds;
using WardPlatform.Commendations.Rules;
using WardPlatform.Contracts.Events;
using WardPlatform.Http;
using WardPlatform.Messaging;
using WardPlatform.Tenancy;

namespace WardPlatform.Commendations.Nominations;

/// <summary>
/// POST /rounds/{id}/nominations: everything is checked before anything is stored (the round open and of this ward, the
/// rule, the quota, the vote, the dossier's parts, the files); one save stores the nomination, its files and NominationSubmitted.
/// </summary>
public static class Nominate
{
    public const long MaxRequestBytes = 6 * UploadedFileTypes.MaxBytes;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] Nominators = [WardRoles.WardOfficer, WardRoles.WardAppraiser, WardRoles.WardAdministrator];

    public static async Task<Results<Created<NominationDto>, ValidationProblem, ProblemHttpResult, NotFound>> HandleAsync(
        Guid id, HttpRequest http, ClaimsPrincipal user, CommendationsDbContext db, RuleBook book, NominationViews views,
        DirectoryNominees directory, TimeProvider clock, CancellationToken ct)
    {
        var round = await db.Rounds.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return TypedResults.NotFound();
        if (Problems.RequireRole(user, db.Scope, "đề nghị khen thưởng", Nominators) is { } forbidden) return forbidden;
        var today = clock.Today();
        if (round.DecisionId is not null || round.PostedFrom is not null)
            return Problems.Conflict("round_closed", "Đợt đã chốt danh sách", "Đợt khen thưởng đã niêm yết hoặc đã có quyết định, không nhận thêm đề nghị.");
        if (today > round.NominationsDue)
            return Problems.Conflict("nominations_closed", "Quá hạn nộp hồ sơ", $"Hạn nộp hồ sơ đề nghị của đợt là {VietnamClock.Show(round.NominationsDue)}.");

        var errors = new FieldErrors();
        var (request, files) = await ReadAsync(http, errors, ct);
        if (request is null) return errors.ToProblem();

        var nomination = await BuildAsync(request, files, round, user, db, book, errors, today, clock, ct);
        if (nomination is null || errors.Any) return errors.ToProblem();
        if (await OfThisWardAsync(nomination, round, directory, errors, ct) is { } unverifiable) return unverifiable;
        if (errors.Any) return errors.ToProblem();

        db.Nominations.Add(nomination);
        db.PublishOnCommit(new NominationSubmitted(nomination.Id, round.Id, round.PlanId, round.TenantCode, round.ProvinceCode, nomination.Form,
            nomination.RecipientKind, nomination.RecipientId, nomination.RecipientName, nomination.NominatingUnit, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/nominations/{nomination.Id}", (await views.OneAsync(nomination.Id, ct))!);
    }

    private static async Task<Nomination?> BuildAsync(NominationRequest r, List<(string Part, string Name, string Type, byte[] Content)> files, Round round,
        ClaimsPrincipal user, CommendationsDbContext db, RuleBook book, FieldErrors errors, DateOnly today, TimeProvider clock, CancellationToken ct)
    {
        var form = errors.Text("form", r.Form, 50, "Hình thức khen thưởng", required: true);
        var kind = r.RecipientKind;
        if (kind is null || !RecipientKinds.All.Contains(kind))
            errors.Add("recipientKind", "unknown_kind", "Đối tượng: collective (tập thể), individual (cá nhân) hoặc household (hộ gia đình).");
        var name = errors.Text("recipientName", r.RecipientName, 300, "Tên tập thể / cá nhân được đề nghị", required: true);
        var recipientId = errors.Text("recipientId", r.RecipientId, 100, "Mã trong danh mục");
        var recipientUnit = errors.Text("recipientUnit", r.RecipientUnit, 300, "Đơn vị");
        var unit = errors.Text("nominatingUnit", r.NominatingUnit, 300, "Đơn vị đề nghị", required: true);
        var achievement = errors.Text("achievement", r.Achievement, 2000, "Thành tích", required: true);
        var reportText = errors.Text("reportText", r.ReportText, 20000, "Báo cáo thành tích");
        var links = (r.EvidenceLinks ?? []).Select((l, i) => errors.Text($"evidenceLinks[{i}]", l, 500, "Liên kết minh chứng", required: true) ?? "").ToList();
        if (links.Count > 20) errors.Add("evidenceLinks", "too_many", "Tối đa 20 liên kết minh chứng.");
        if (errors.Any) return null;

        var rule = await book.RuleAsync(round.ProvinceCode, form!, kind!, today, ct);
        if (rule is null)
        {
            errors.Add("form", "unknown_form", $"Không có hình thức “{form}” cho {RecipientKinds.Label(kind!)} trong quy định đang có hiệu lực.");
            return null;
        }

        var vote = r.Vote;
        if (vote is null)
        {
            errors.Add("vote", "required", "Cần kết quả họp bình xét (biên bản): số thành viên, có mặt, số phiếu đồng ý, không đồng ý, không biểu quyết.");
            return null;
        }
        var folded = VietnameseText.Fold(name);
        var council = Council(vote, errors);
        var recused = Recusal.Of(vote.Recused, council, folded, kind == RecipientKinds.Collective);
        var members = council.Count > 0 ? council.Count : vote.Members ?? 0;
        if (members < 1 || members > 500) errors.Add("vote.members", "out_of_range", "Số thành viên hội đồng phải từ 1 đến 500.");
        var present = vote.Present ?? 0;
        if (present < 1 || present > members) errors.Add("vote.present", "more_than_members", $"Số thành viên có mặt phải từ 1 đến {members} (số thành viên).");
        int votesFor = vote.VotesFor ?? -1, against = vote.VotesAgainst ?? 0, abstaining = vote.VotesAbstaining ?? 0;
        if (votesFor < 0 || against < 0 || abstaining < 0) errors.Add("vote.votesFor", "invalid_votes", "Số phiếu phải là số không âm.");
        else if (votesFor + against + abstaining > present - recused.Count)
            errors.Add("vote.votesFor", "votes_exceed", $"Tổng số phiếu ({votesFor + against + abstaining}) vượt số thành viên có mặt được biểu quyết ({present - recused.Count}).");
        if (vote.MeetingOn is not { } meetingOn) { errors.Add("vote.meetingOn", "required", "Ngày họp bình xét không được để trống."); meetingOn = today; }
        else if (meetingOn > today) errors.Add("vote.meetingOn", "future", $"Ngày họp không được sau hôm nay ({VietnamClock.Show(today)}).");
        if (rule.SecretBallot && vote.SecretBallot != true)
            errors.Add("vote.secretBallot", "secret_required", $"{rule.Name} phải bỏ phiếu kín.");

        var others = await db.Nominations.AsNoTracking().Where(x => x.RoundId == round.Id && x.State != NominationState.Rejected)
            .Select(x => new { x.Form, x.RecipientKind, x.SearchText }).ToListAsync(ct);
        if (others.Any(x => x.Form == form && x.SearchText.StartsWith(folded + "|")))
            errors.Add("recipientName", "duplicate_nomination", $"“{name}” đã được đề nghị {rule.Name} trong đợt này.");
        if (EligibilityCheck.QuotaFor(round, form!, kind!) is { } quota)
        {
            var used = others.Count(x => EligibilityCheck.CountsTowards(round, quota, x.Form, x.RecipientKind));
            if (used >= quota.MaxCount)
                errors.Add("recipientName", "quota_exceeded",
                    $"Đợt khen thưởng chỉ được đề nghị tối đa {quota.MaxCount:D2} {RecipientKinds.Label(kind!)}{(quota.Form is null ? "" : " " + rule.Name)}: đã có {used:D2}.");
        }

        var nomination = new Nomination
        {
            Id = Guid.CreateVersion7(), RoundId = round.Id, TenantCode = round.TenantCode, ProvinceCode = round.ProvinceCode, Form = form!,
            RecipientKind = kind!, RecipientId = recipientId, RecipientName = name!, RecipientUnit = recipientUnit, NominatingUnit = unit!,
            Achievement = achievement!, ReportText = reportText, EvidenceLinks = links, MeetingOn = meetingOn, Members = members, Present = present,
            VotesFor = votesFor, VotesAgainst = against, VotesAbstaining = abstaining, SecretBallot = vote.SecretBallot == true, Recused = recused,
            State = NominationState.Submitted, SubmittedOn = today, AppraisalDue = VietnamHolidays.AddWorkingDays(today, 20),
            SubmittedBy = user.FindFirstValue("name"), CreatedAt = clock.GetUtcNow(), SearchText = folded + "|" + VietnameseText.Fold(unit),
        };
        foreach (var (part, fileName, type, content) in files)
            nomination.Files.Add(new DossierFile
            {
                Id = Guid.CreateVersion7(), NominationId = nomination.Id, TenantCode = round.TenantCode, ProvinceCode = round.ProvinceCode,
                Part = part, FileName = fileName, ContentType = type, Size = content.Length, Content = content,
            });
        var missing = EligibilityCheck.MissingParts(rule, nomination, nomination.Files.Select(f => f.Part).ToList());
        if (missing.Count > 0)
            errors.Add("dossier", "dossier_incomplete", "Hồ sơ còn thiếu: " + string.Join(", ", missing.Select(DossierParts.Label)) + ".");
        return nomination;
    }

    /// <summary>A nominee named by its directory id must be a person, unit or neighbourhood of the round's ward.</summary>
    private static async Task<ProblemHttpResult?> OfThisWardAsync(Nomination n, Round round, DirectoryNominees directory, FieldErrors errors, CancellationToken ct)
    {
        if (n.RecipientId is null) return null;
        if (n.RecipientKind == RecipientKinds.Household)
        {
            errors.Add("recipientId", "no_directory_id", "Hộ gia đình không có mã trong danh mục: để trống mã, ghi họ tên chủ hộ.");
            return null;
        }
        if (!Guid.TryParse(n.RecipientId, out var id))
        {
            errors.Add("recipientId", "invalid_id", "Mã trong danh mục không hợp lệ.");
            return null;
        }
        switch (await directory.CheckAsync(n.RecipientKind, id, round.TenantCode, ct))
        {
            case DirectoryAnswer.NotOfWard:
                var what = n.RecipientKind == RecipientKinds.Individual ? "Người" : "Đơn vị / khu phố";
                errors.Add("recipientId", "not_of_ward",
                    $"{what} “{n.RecipientName}” không thuộc danh mục của phường: không đề nghị khen thưởng người hay tập thể của phường khác.");
                return null;
            case DirectoryAnswer.Unreachable:
                return TypedResults.Problem(title: "Chưa kiểm tra được danh mục", statusCode: StatusCodes.Status503ServiceUnavailable,
                    detail: "Không hỏi được danh mục (directory) để xác nhận đối tượng thuộc phường; hồ sơ chưa được lưu, vui lòng gửi lại sau.",
                    extensions: new Dictionary<string, object?> { ["code"] = "directory_unavailable" });
            default:
                return null;
        }
    }

    private static List<(string Name, string? Unit)> Council(VoteRequest vote, FieldErrors errors)
    {
        if (vote.Council is { Count: > 0 } council)
        {
            if (council.Count > 500) { errors.Add("vote.council", "too_many", "Hội đồng tối đa 500 thành viên."); return []; }
            return council.Select((m, i) => (errors.Text($"vote.council[{i}].name", m.Name, 200, "Họ tên thành viên", required: true) ?? "",
                errors.Text($"vote.council[{i}].unit", m.Unit, 300, "Đơn vị của thành viên"))).ToList();
        }
        return (vote.MemberNames ?? []).Select(m => (m, (string?)null)).ToList();
    }

    private static async Task<(NominationRequest?, List<(string, string, string, byte[])>)> ReadAsync(HttpRequest http, FieldErrors errors, CancellationToken ct)
    {
        var files = new List<(string, string, string, byte[])>();
        try
        {
            if (!http.HasFormContentType)
                return (await JsonSerializer.DeserializeAsync<NominationRequest>(http.Body, Json, ct) ?? Missing(errors), files);
            var form = await http.ReadFormAsync(ct);
            var request = JsonSerializer.Deserialize<NominationRequest>(form["nomination"].ToString() is { Length: > 0 } j ? j : "null", Json) ?? Missing(errors);
            foreach (var file in form.Files)
            {
                var part = file.Name switch { "report" => DossierParts.Report, "evidence" => DossierParts.Evidence, _ => null };
                var fileName = VietnameseText.Clean(Path.GetFileName(file.FileName)) ?? "";
                if (part is null) { errors.Add(file.Name, "unexpected_file", "Tệp phải gửi trong trường “report” (báo cáo thành tích) hoặc “evidence” (minh chứng)."); continue; }
                if (file.Length > UploadedFileTypes.MaxBytes) { errors.Add(file.Name, "file_too_large", $"Tệp “{fileName}” quá lớn: tối đa 10 MB."); continue; }
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var content = buffer.ToArray();
                var type = UploadedFileTypes.IsAcceptedName(fileName) ? UploadedFileTypes.ContentTypeOf(fileName, content) : null;
                var reportType = part != DossierParts.Report || type is "application/pdf" || (type?.Contains("wordprocessingml") ?? false);
                if (type is null || !reportType)
                    errors.Add(file.Name, "wrong_file_type", part == DossierParts.Report
                        ? $"Báo cáo thành tích “{fileName}” phải là tệp Word (.docx) hoặc PDF thật."
                        : $"Tệp minh chứng “{fileName}” không đúng loại: chấp nhận {UploadedFileTypes.Accepted}, nội dung đúng với đuôi tệp.");
                else files.Add((part, fileName, type, content));
            }
            if (files.Count > 10) errors.Add("evidence", "too_many_files", "Tối đa 10 tệp cho một hồ sơ.");
            return (errors.Any ? null : request, files);
        }
        catch (JsonException)
        {
            errors.Add("nomination", "malformed_json", "Nội dung đề nghị không phải JSON hợp lệ.");
            return (null, files);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && e is not BadHttpRequestException)
        {
            errors.Add("nomination", "malformed_form", "Không đọc được nội dung gửi lên (multipart/form-data bị hỏng).");
            return (null, files);
        }
    }

    private static NominationRequest? Missing(FieldErrors errors)
    {
        errors.Add("nomination", "required", "Thiếu nội dung đề nghị khen thưởng.");
        return null;
    }
}
