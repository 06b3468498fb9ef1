namespace WardPlatform.AppHost.Hosting;

/// <summary>Every resource's output on one console, each line prefixed with the resource's name.</summary>
public static class ResourceLog
{
    private static readonly object Gate = new();
    private static readonly ConsoleColor[] Palette =
        [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Yellow, ConsoleColor.Magenta, ConsoleColor.Blue, ConsoleColor.DarkCyan, ConsoleColor.DarkGreen, ConsoleColor.DarkYellow, ConsoleColor.DarkMagenta];
    private static readonly Dictionary<string, ConsoleColor> Colors = new();

    public static void Write(string resource, string line)
    {
        lock (Gate)
        {
            if (Console.IsOutputRedirected)
            {
                Console.Out.WriteLine($"[{resource}] {line}");
                return;
            }
            if (!Colors.TryGetValue(resource, out var color)) Colors[resource] = color = Palette[Colors.Count % Palette.Length];
            Console.ForegroundColor = color;
            Console.Out.Write($"[{resource}] ");
            Console.ResetColor();
            Console.Out.WriteLine(line);
        }
    }

    /// <summary>Writes a block (the resource table) without other lines cutting into it.</summary>
    public static void WriteBlock(string text)
    {
        lock (Gate) Console.Out.Write(text);
    }
}
