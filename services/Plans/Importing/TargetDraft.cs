namespace WardPlatform.Plans.Importing;

/// <summary>The forms of target in DOMAIN.md.</summary>
public enum TargetKind
{
    /// <summary>"SIPAS đạt mức 95% trở lên", "Số hóa 100%".</summary>
    ShareToReach,
    /// <summary>"tỷ lệ thất nghiệp dưới 3%", "00% cán bộ bị phản ánh".</summary>
    Ceiling,
    /// <summary>"kéo giảm ít nhất 20% … so với năm 2025".</summary>
    Reduction,
    /// <summary>"tối thiểu 02 đợt cao điểm/năm", "07 khu phố".</summary>
    Count,
    /// <summary>"10 sáng kiến = 03 + 02 + 03 + 02" across named units.</summary>
    SplitCount,
    /// <summary>"đạt từ 70% - 75%".</summary>
    Range,
    /// <summary>"tối thiểu 95% trước ngày 30/11 và đạt 100% trước ngày 31/12".</summary>
    Staged,
    /// <summary>"top 5 trong số 95 xã, phường".</summary>
    Rank,
}

public sealed record Stage(decimal Value, int Day, int Month);

public sealed record UnitShare(string Unit, decimal Value);

/// <summary>
/// One target found in the text, with the words it was read from and the line of the text they start on.
/// <see cref="OwnerUnit"/> is the ward's unit (its name in the directory) when the owner the text names matched one, else
/// the words as written; <see cref="OwnerWritten"/> keeps those words when they were matched to a unit's name.
/// <see cref="Deadline"/> is a "hoàn thành trước ngày …" of the target's own sentence, when written in full.
/// </summary>
public sealed record TargetDraft(
    string Text,
    TargetKind Kind,
    decimal Value,
    string Unit,
    decimal? UpperValue = null,
    int? BaselineYear = null,
    int? OutOf = null,
    IReadOnlyList<Stage>? Stages = null,
    IReadOnlyList<UnitShare>? Split = null,
    string? ThemeNumber = null,
    string? OwnerUnit = null,
    int? Line = null,
    DateOnly? Deadline = null,
    string? OwnerWritten = null);
