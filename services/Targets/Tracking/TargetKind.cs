namespace WardPlatform.Targets.Tracking;

/// <summary>The forms a target takes in the plans (DOMAIN.md, "Targets").</summary>
public enum TargetKind
{
    /// <summary>"Số hóa 100% TTHC": a share to reach.</summary>
    ShareToReach,
    /// <summary>"tỷ lệ thất nghiệp dưới 3%": a level to stay at or under.</summary>
    Ceiling,
    /// <summary>"kéo giảm ít nhất 20% … so với năm 2025": a reduction against a baseline year's value.</summary>
    Reduction,
    /// <summary>"ít nhất 10 sáng kiến".</summary>
    Count,
    /// <summary>A count split across units: 10 = 3 + 2 + 3 + 2.</summary>
    SplitCount,
    /// <summary>"đạt từ 70% - 75%".</summary>
    Range,
    /// <summary>"tối thiểu 95% trước ngày 30/11 và đạt 100% trước ngày 31/12".</summary>
    Staged,
    /// <summary>"top 5 trong số 95 xã, phường".</summary>
    Rank,
}

public static class TargetKinds
{
    public static string Label(TargetKind kind) => kind switch
    {
        TargetKind.ShareToReach => "Tỷ lệ cần đạt",
        TargetKind.Ceiling => "Mức trần",
        TargetKind.Reduction => "Kéo giảm so với năm gốc",
        TargetKind.Count => "Số lượng",
        TargetKind.SplitCount => "Số lượng phân theo đơn vị",
        TargetKind.Range => "Khoảng",
        TargetKind.Staged => "Theo mốc",
        TargetKind.Rank => "Thứ hạng",
        _ => kind.ToString(),
    };

    /// <summary>Kinds that must hold for the whole period: achieved only once the period is over.</summary>
    public static bool IsHeld(TargetKind kind) => kind is TargetKind.Ceiling or TargetKind.Range or TargetKind.Rank;
}
