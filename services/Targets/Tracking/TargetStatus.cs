namespace WardPlatform.Targets.Tracking;

public enum TargetStatus { OnTrack, AtRisk, Achieved, Missed }

public static class TargetStatuses
{
    public static string Label(TargetStatus status) => status switch
    {
        TargetStatus.OnTrack => "Đúng tiến độ",
        TargetStatus.AtRisk => "Có nguy cơ",
        TargetStatus.Achieved => "Đạt",
        TargetStatus.Missed => "Không đạt",
        _ => status.ToString(),
    };
}
