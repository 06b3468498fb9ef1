namespace WardPlatform.Rankings.Live;

public static class VietnamDay
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Of(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);
}
