using DocumentFormat.OpenXml.Wordprocessing;

namespace WardPlatform.Plans.Importing;

/// <summary>
/// Word's automatic numbering as it shows: for each list (w:num → w:abstractNum), a counter per level, deeper levels
/// restarting when a shallower one moves on, the level's format (decimal, lowerLetter, upperRoman…) put into its text
/// ("%1.", "%1.%2.", "%2)"); bullets show as "-". Numbering may come from the paragraph or from its style.
/// </summary>
public sealed class WordNumbering(Numbering? numbering, Styles? styles)
{
    /// <summary>A paragraph's numbering properties (w:numPr): the list (w:numId) and the level (w:ilvl).</summary>
    public readonly record struct Reference(int? NumId, int Level);

    private readonly Dictionary<int, int[]> _counters = [];
    private readonly HashSet<int> _started = [];
    private readonly Dictionary<int, Dictionary<int, Level>> _levels = [];
    private readonly Dictionary<(int, int), int> _overrides = [];
    private readonly Dictionary<int, int> _abstractOf = numbering?.Elements<NumberingInstance>()
        .Where(n => n.NumberID?.Value is not null && n.AbstractNumId?.Val?.Value is not null)
        .GroupBy(n => n.NumberID!.Value).ToDictionary(g => g.Key, g => g.First().AbstractNumId!.Val!.Value) ?? [];
    private readonly Dictionary<int, AbstractNum> _abstracts = numbering?.Elements<AbstractNum>()
        .Where(a => a.AbstractNumberId?.Value is not null)
        .GroupBy(a => a.AbstractNumberId!.Value).ToDictionary(g => g.Key, g => g.First()) ?? [];

    /// <summary>The number or bullet Word shows before the paragraph, or null when it has none.</summary>
    public string? Label(Reference? own, string? style)
    {
        var properties = own ?? StyleNumbering(style);
        if (properties is not { } reference) return null;
        var (numId, ilvl) = (reference.NumId, reference.Level);
        if (numId is null or 0) return null;
        if (!_abstractOf.TryGetValue(numId.Value, out var abstractId) || !_abstracts.TryGetValue(abstractId, out var list))
            return "-";
        if (!_levels.TryGetValue(abstractId, out var levels))
            _levels[abstractId] = levels = list.Elements<Level>().Where(l => l.LevelIndex?.Value is not null)
                .GroupBy(l => l.LevelIndex!.Value).ToDictionary(g => g.Key, g => g.First());
        if (!levels.TryGetValue(ilvl, out var level)) return "-";
        var format = level.NumberingFormat?.Val?.Value;
        if (format == NumberFormatValues.Bullet || format == NumberFormatValues.None) return format == NumberFormatValues.None ? null : "-";

        // Lists that share an abstract definition count together, as Word does for one list continued; a list that
        // restarts ("Restart at 1") is its own w:num with a start override, applied where it is first used.
        if (!_counters.TryGetValue(abstractId, out var counters)) _counters[abstractId] = counters = Enumerable.Repeat(-1, 9).ToArray();
        if (ilvl > 8) return "-";
        if (_started.Add(numId.Value))
            foreach (var over in Instance(numId.Value)?.Elements<LevelOverride>() ?? [])
                if (over.LevelIndex?.Value is { } l && l < 9 && over.StartOverrideNumberingValue?.Val?.Value is { } start)
                    (counters[l], _overrides[(abstractId, l)]) = (-1, start);
        counters[ilvl] = counters[ilvl] < 0 ? Start(levels, ilvl, abstractId) : counters[ilvl] + 1;
        for (var deeper = ilvl + 1; deeper < 9; deeper++) counters[deeper] = -1;

        var text = level.LevelText?.Val?.Value ?? $"%{ilvl + 1}.";
        for (var l = 0; l <= ilvl; l++)
        {
            var value = counters[l] < 0 ? Start(levels, l, abstractId) : counters[l];
            var shown = levels.TryGetValue(l, out var at) ? Format(value, at.NumberingFormat?.Val?.Value) : value.ToString();
            text = text.Replace($"%{l + 1}", shown);
        }
        return text.Trim();
    }

    private int Start(Dictionary<int, Level> levels, int ilvl, int abstractId) =>
        _overrides.TryGetValue((abstractId, ilvl), out var over) ? over :
        levels.TryGetValue(ilvl, out var level) && level.StartNumberingValue?.Val?.Value is { } start ? start : 1;

    private NumberingInstance? Instance(int numId) =>
        numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);

    private readonly Dictionary<string, Style> _styles = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null)
        .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First()) ?? [];

    private Reference? StyleNumbering(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < 10; depth++)
        {
            if (!_styles.TryGetValue(styleId, out var style)) return null;
            if (style.StyleParagraphProperties?.NumberingProperties is { } numbered)
                return new Reference(numbered.NumberingId?.Val?.Value, numbered.NumberingLevelReference?.Val?.Value ?? 0);
            styleId = style.BasedOn?.Val?.Value;
        }
        return null;
    }

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.LowerLetter) return Letters(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperLetter) return Letters(value);
        if (format == NumberFormatValues.UpperRoman) return Roman(value);
        if (format == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
        if (format == NumberFormatValues.DecimalZero) return value.ToString("00");
        return value.ToString();
    }

    private static string Letters(int value) => value is >= 1 and <= 26 ? ((char)('A' + value - 1)).ToString() : value.ToString();

    private static string Roman(int value) => WardPlatform.Http.RomanNumerals.Of(value);
}
