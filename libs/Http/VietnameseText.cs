using System.Text;

namespace WardPlatform.Http;

public static class VietnameseText
{
    /// <summary>Trims and normalises to NFC, the form every stored Vietnamese text takes.</summary>
    public static string? Clean(string? value) => value?.Trim().Normalize(NormalizationForm.FormC);
}
