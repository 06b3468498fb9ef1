using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Plans.Reading;
using WardPlatform.Tests.Infrastructure;
using static WardPlatform.Tests.Plans.PlanDocuments;

namespace WardPlatform.Tests.Plans;

/// <summary>Files attached to a plan: PDF, Word, Excel, JPEG, PNG up to 10 MB, checked by name and by content.</summary>
public sealed class PlanAttachmentTests(TestServers servers) : PlansServiceTests(servers)
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray();

    private async Task<HttpResponseMessage> AttachAsync(Guid planId, byte[] content, string name)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name } };
        return await Api.PostAsync($"/plans/{planId}/attachments", form, Ct);
    }

    [Fact]
    public async Task A_pdf_is_attached_listed_with_the_plan_and_downloaded_as_uploaded()
    {
        var plan = await ConfirmAsync(Api, new { number = "1/KH", title = "Kế hoạch" });

        var response = await AttachAsync(plan.Id, Pdf, "Kế hoạch 118 đã ký.pdf");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var attachment = Assert.Single((await ReadAsync(Api, plan.Id)).Attachments);
        Assert.Equal(("Kế hoạch 118 đã ký.pdf", "application/pdf", (long)Pdf.Length), (attachment.FileName, attachment.ContentType, attachment.Size));
        var download = await Api.GetAsync($"/plans/{plan.Id}/attachments/{attachment.Id}", Ct);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await Plans.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc)).GetAsync($"/plans/{plan.Id}/attachments/{attachment.Id}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("virus.exe", "unsupported_type")]
    [InlineData("bang-tinh.xlsx", "content_mismatch")]
    [InlineData("anh.png", "content_mismatch")]
    public async Task A_file_of_another_type_or_renamed_is_refused_with_415(string name, string code)
    {
        var plan = await ConfirmAsync(Api, new { number = "1/KH", title = "Kế hoạch" });

        var response = await AttachAsync(plan.Id, name.EndsWith(".exe") ? "MZ\x90\0"u8.ToArray() : Pdf, name);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(0, await Plans.QueryAsync(db => db.Attachments.CountAsync()));
    }

    [Fact]
    public async Task A_Word_file_must_be_a_Word_document_and_not_just_any_zip()
    {
        var plan = await ConfirmAsync(Api, new { number = "1/KH", title = "Kế hoạch" });

        var spreadsheetRenamed = await AttachAsync(plan.Id, WardPlatform.Tests.Targets.EvidenceFiles.Xlsx(), "ke-hoach.docx");
        var document = await AttachAsync(plan.Id, WardPlatform.Tests.Targets.EvidenceFiles.Docx(), "ke-hoach.docx");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, spreadsheetRenamed.StatusCode);
        Assert.Equal("content_mismatch", (await spreadsheetRenamed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, document.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Assert.Single((await ReadAsync(Api, plan.Id)).Attachments).ContentType);
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused_with_413_and_an_empty_one_with_400()
    {
        var plan = await ConfirmAsync(Api, new { number = "1/KH", title = "Kế hoạch" });
        var large = new byte[10 * 1024 * 1024 + 1];
        Pdf.CopyTo(large, 0);

        var tooLarge = await AttachAsync(plan.Id, large, "lon.pdf");
        var empty = await AttachAsync(plan.Id, [], "rong.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("file_too_large", (await tooLarge.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(0, await Plans.QueryAsync(db => db.Attachments.CountAsync()));
    }

    [Fact]
    public async Task A_file_is_removed_from_a_draft_but_not_from_an_issued_plan()
    {
        var plan = await ConfirmAsync(Api, new { number = "1/KH", title = "Kế hoạch" });
        var first = (await (await AttachAsync(plan.Id, Pdf, "a.pdf")).Content.ReadFromJsonAsync<AttachmentDto>(Ct))!;
        var second = (await (await AttachAsync(plan.Id, Pdf, "b.pdf")).Content.ReadFromJsonAsync<AttachmentDto>(Ct))!;

        Assert.Equal(HttpStatusCode.NoContent, (await Api.DeleteAsync($"/plans/{plan.Id}/attachments/{first.Id}", Ct)).StatusCode);
        await Plans.ClientAs(TestUser.WardChairman()).PostAsJsonAsync($"/plans/{plan.Id}/issue", new { }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, (await Api.DeleteAsync($"/plans/{plan.Id}/attachments/{second.Id}", Ct)).StatusCode);

        Assert.Equal(["b.pdf"], (await ReadAsync(Api, plan.Id)).Attachments.Select(a => a.FileName));
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_a_400_naming_the_file_field_and_another_wards_plan_stays_404()
    {
        var plan = await ConfirmAsync(Api, new { number = "1/KH", title = "Kế hoạch" });

        var json = await Api.PostAsJsonAsync($"/plans/{plan.Id}/attachments", new { file = "x" }, Ct);
        var neighbour = await Plans.ClientAs(TestUser.WardOfficer(TestUser.BinhPhuoc)).PostAsJsonAsync($"/plans/{plan.Id}/attachments", new { file = "x" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal("file_required", (await json.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, neighbour.StatusCode);
        Assert.Equal(0, await Plans.QueryAsync(db => db.Attachments.CountAsync()));
    }
}
