using WardPlatform.Http;

namespace WardPlatform.Targets.Progress;

/// <summary>Evidence for one progress report: at most <see cref="MaxFiles"/> files of the types <see cref="UploadedFileTypes"/> accepts.</summary>
public static class EvidenceCheck
{
    public const long MaxBytes = UploadedFileTypes.MaxBytes;
    public const int MaxFiles = 5;
}
