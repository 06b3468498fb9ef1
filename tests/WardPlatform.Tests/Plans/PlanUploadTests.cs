using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using WardPlatform.Contracts;
using WardPlatform.Plans.Data;
using WardPlatform.Tests.Infrastructure;

namespace WardPlatform.Tests.Plans;

/// <summary>Uploading a plan file for import: what is read, and what is refused with a reason.</summary>
public sealed class PlanUploadTests(TestServers servers) : PlansServiceTests(servers)
{

    [Fact]
    public async Task A_Markdown_seed_is_read_into_a_draft_and_nothing_is_stored()
    {
        var seed = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Plans", "Seeds", "ke-hoach-tam-phuoc-500-ngay-dem-2026.md"), Ct);
        var response = await UploadAsync("ke-hoach.md", seed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var draft = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("118/KH-UBND", draft.GetProperty("number").GetString());
        Assert.Equal("2026-05-30", draft.GetProperty("issuedOn").GetString());
        Assert.Equal(44, draft.GetProperty("targets").GetArrayLength());
        Assert.Contains(draft.GetProperty("targets").EnumerateArray(), t => t.GetProperty("kind").GetString() == "Staged");
        // The text as read, for the review screen to show beside the draft.
        Assert.Equal(System.Text.Encoding.UTF8.GetString(seed).TrimStart('\uFEFF').Normalize(), draft.GetProperty("sourceText").GetString());
        Assert.Equal(0, await Plans.QueryAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task A_Word_document_is_read_with_its_bullets()
    {
        var docx = Word("Số: 118/KH-UBND", "Tam Phước, ngày 30 tháng 5 năm 2026", "KẾ HOẠCH", "Kế hoạch thử nghiệm",
            "I. NỘI DUNG PHONG TRÀO THI ĐUA", "1. Thi đua cải cách hành chính", ("Giải ngân vốn đầu tư công đạt 100% kế hoạch.", true));
        var response = await UploadAsync("ke-hoach.docx", docx);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var draft = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("118/KH-UBND", draft.GetProperty("number").GetString());
        Assert.Equal("Kế hoạch thử nghiệm", draft.GetProperty("title").GetString());
        Assert.Contains("Giải ngân vốn đầu tư công đạt 100% kế hoạch.", draft.GetProperty("sourceText").GetString());
        var target = Assert.Single(draft.GetProperty("targets").EnumerateArray());
        Assert.Equal(("ShareToReach", 100m), (target.GetProperty("kind").GetString(), target.GetProperty("value").GetDecimal()));
    }

    [Theory]
    [InlineData("ke-hoach.docx", "corrupt", 422, "corrupt_docx")]
    [InlineData("ke-hoach.pdf", "text", 415, "unsupported_type")]
    [InlineData("ke-hoach.txt", "latin1", 422, "not_utf8")]
    [InlineData("ke-hoach.txt", "binary", 422, "binary_file")]
    [InlineData("ke-hoach.txt", "empty", 400, "empty_file")]
    [InlineData("ke-hoach.md", "huge", 413, "file_too_large")]
    public async Task A_file_that_cannot_be_read_is_refused_with_a_reason(string name, string content, int status, string code)
    {
        byte[] bytes = content switch
        {
            "corrupt" => [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9],
            "text" => Encoding.UTF8.GetBytes("Số: 1/KH"),
            "latin1" => Encoding.Latin1.GetBytes("S\u00f4: 1/KH-UBND, ng\u00e0y 5 th\u00e1ng 3"),
            "binary" => [0x53, 0x00, 0x01, 0x02],
            "empty" => [],
            _ => new byte[10 * 1024 * 1024 + 1],
        };
        var response = await UploadAsync(name, bytes);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task An_upload_without_a_file_is_a_clear_400()
    {
        var response = await Api.PostAsync("/plans/import", new MultipartFormDataContent(), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private Task<HttpResponseMessage> UploadAsync(string name, byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return Api.PostAsync("/plans/import", form, Ct);
    }

    /// <summary>A real .docx; a (text, true) item is a Word bullet (numbering properties, no "-" in the text).</summary>
    private static byte[] Word(params object[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var item in paragraphs)
            {
                var (text, bullet) = item is ValueTuple<string, bool> b ? b : ((string)item, false);
                var paragraph = new Paragraph(new Run(new Text(text)));
                if (bullet)
                    paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })));
                body.AppendChild(paragraph);
            }
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }
}
