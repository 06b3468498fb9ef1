using WardPlatform.Http;

namespace WardPlatform.Commendations.Nominations;

/// <summary>
/// Who of the review council may not vote on a nomination, whatever the minutes say: the nominee themself, and for a
/// collective every member who belongs to it (a member of "Văn phòng HĐND-UBND" does not vote on Văn phòng HĐND-UBND).
/// Names and units are matched ignoring diacritics and case.
/// </summary>
public static class Recusal
{
    public static List<string> Of(IEnumerable<string>? declared, IEnumerable<(string Name, string? Unit)> council, string nomineeFolded, bool collective)
    {
        var recused = (declared ?? []).Select(x => VietnameseText.Clean(x) ?? "").Where(x => x.Length > 0).ToList();
        foreach (var (name, unit) in council)
        {
            var own = VietnameseText.Fold(name) == nomineeFolded || (collective && unit is { Length: > 0 } && VietnameseText.Fold(unit) == nomineeFolded);
            if (own && !recused.Any(x => VietnameseText.Fold(x) == VietnameseText.Fold(name))) recused.Add(VietnameseText.Clean(name)!);
        }
        return recused;
    }
}
