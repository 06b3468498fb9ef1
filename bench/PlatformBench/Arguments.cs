namespace WardPlatform.Bench;

public static class Arguments
{
    public static int Int(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }

    /// <summary>A comma-separated list, e.g. --rates 200,1000.</summary>
    public static int[] Ints(string[] args, string name, int[] fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1].Split(',').Select(int.Parse).ToArray() : fallback;
    }
}
