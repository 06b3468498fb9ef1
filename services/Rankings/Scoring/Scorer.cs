using WardPlatform.Rankings.Definitions;

namespace WardPlatform.Rankings.Scoring;

/// <summary>
/// The ranking method as a pure function: a definition's method and the wards' inputs give scores, ranks and bands,
/// the same every time (decimal arithmetic, ordered by score then ward code). Nothing is imputed.
/// </summary>
public static class Scorer
{
    public static RankingResult Score(MethodSpec method, IReadOnlyList<WardInput> wards)
    {
        var inputs = Inputs(method, wards);
        var fractions = Fractions(method, inputs);
        var scored = wards.Select((ward, w) => ScoreWard(method, ward, inputs[w], fractions[w])).ToList();

        var ranked = scored.Where(s => s.Ranked).OrderByDescending(s => s.Score).ThenBy(s => s.Ward, StringComparer.Ordinal).ToList();
        // Competition ranking (1, 2, 2, 4): a ward's rank is one more than the number of wards scoring strictly higher.
        var withRanks = new List<WardScore>(ranked.Count);
        for (var i = 0; i < ranked.Count; i++)
            withRanks.Add(ranked[i] with { Rank = i > 0 && ranked[i].Score == ranked[i - 1].Score ? withRanks[i - 1].Rank : i + 1 });
        var unranked = scored.Where(s => !s.Ranked).OrderByDescending(s => s.Score).ThenBy(s => s.Ward, StringComparer.Ordinal);
        return new RankingResult([.. withRanks, .. unranked]);
    }

    /// <summary>
    /// Each ward's share (0..1) of each criterion's points, or null where the criterion does not apply to it.
    /// Shared with the simulation, which varies the points but not the shares.
    /// </summary>
    public static decimal?[][] Fractions(MethodSpec method, IReadOnlyList<WardInput> wards) => Fractions(method, Inputs(method, wards));

    private static decimal?[][] Fractions(MethodSpec method, CriterionInput[][] inputs)
    {
        var result = inputs.Select(_ => new decimal?[method.Criteria.Count]).ToArray();
        for (var c = 0; c < method.Criteria.Count; c++)
        {
            var criterion = method.Criteria[c];
            var reported = inputs.Select(i => i[c]).Where(i => i.State == InputState.Value && i.Value is not null).Select(i => i.Value!.Value).ToList();
            var min = reported.Count > 0 ? reported.Min() : 0;
            var max = reported.Count > 0 ? reported.Max() : 0;
            for (var w = 0; w < inputs.Length; w++)
                result[w][c] = inputs[w][c] switch
                {
                    { State: InputState.NotApplicable } => null,
                    { State: InputState.Value, Value: { } v } => method.Normalisation == Normalisations.MinMax
                        ? MinMax(v, min, max, criterion.LowerIsBetter)
                        : Clamp((v - criterion.Floor) / (criterion.Target - criterion.Floor)),
                    _ => 0m,
                };
        }
        return result;
    }

    /// <summary>
    /// Each ward's input per criterion, in the method's order (a missing one: not reported). Inputs usually come in
    /// that order, so the lookup by code is only needed when they do not.
    /// </summary>
    private static CriterionInput[][] Inputs(MethodSpec method, IReadOnlyList<WardInput> wards)
    {
        var criteria = method.Criteria;
        var result = new CriterionInput[wards.Count][];
        for (var w = 0; w < wards.Count; w++)
        {
            var given = wards[w].Criteria;
            var row = result[w] = new CriterionInput[criteria.Count];
            Dictionary<string, CriterionInput>? byCode = null;
            for (var c = 0; c < criteria.Count; c++)
            {
                var code = criteria[c].Code;
                if (c < given.Count && given[c].Code == code) { row[c] = given[c]; continue; }
                byCode ??= given.GroupBy(i => i.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                row[c] = byCode.GetValueOrDefault(code) ?? new CriterionInput(code, InputState.NotReported, null, null);
            }
        }
        return result;
    }

    private static decimal MinMax(decimal v, decimal min, decimal max, bool lowerIsBetter) =>
        max == min ? 1m : lowerIsBetter ? (max - v) / (max - min) : (v - min) / (max - min);

    private static decimal Clamp(decimal x) => x < 0 ? 0 : x > 1 ? 1 : x;

    private static WardScore ScoreWard(MethodSpec method, WardInput ward, CriterionInput[] inputs, decimal?[] fractions)
    {
        var criteria = method.Criteria.Select((c, i) =>
        {
            var input = inputs[i];
            var share = fractions[i];
            return new CriterionScore(c.Code, input.State, input.Value, share is null ? 0 : c.Points,
                share is { } f ? Round(c.Points * f, method) : 0, input.Record);
        }).ToList();

        decimal earned = 0, applicable = 0;
        for (var i = 0; i < method.Criteria.Count; i++)
            if (fractions[i] is { } f)
            {
                earned += method.Criteria[i].Points * f;
                applicable += method.Criteria[i].Points;
            }
        var bonus = Math.Min(ward.Adjustments.Where(a => a.Points > 0).Sum(a => a.Points), method.TotalPoints * method.BonusCapPercent / 100);
        var penalty = -ward.Adjustments.Where(a => a.Points < 0).Sum(a => a.Points);
        var basePoints = applicable == 0 ? 0 : earned / applicable * method.TotalPoints;
        var score = Round(basePoints + bonus - penalty, method);
        var coverage = Round(applicable / method.TotalPoints * 100, method);
        var ranked = applicable > 0 && applicable * 100 >= method.MinCoveragePercent * method.TotalPoints;
        var percent = Round(score / method.TotalPoints * 100, method);
        return new WardScore(ward.Ward, score, percent, coverage, ranked, null, ranked ? BandOf(method, percent) : null,
            Round(earned, method), applicable, bonus, penalty, criteria);
    }

    public static string? BandOf(MethodSpec method, decimal percent) =>
        method.Bands.OrderByDescending(b => b.MinPercent).FirstOrDefault(b => percent >= b.MinPercent)?.Label;

    public static decimal Round(decimal value, MethodSpec method) => Math.Round(value, method.Precision, MidpointRounding.AwayFromZero);
}
