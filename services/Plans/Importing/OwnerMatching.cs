namespace WardPlatform.Plans.Importing;

/// <summary>
/// The owners the plan names (a target's own line, the table's owner column, "Tổ chức thực hiện", "Trách nhiệm: …"),
/// matched to the ward's units (<see cref="UnitMatcher"/>): a matched target's owner is the unit's name, the words as
/// written kept beside it; an owner that matches no unit stays as written, and Unread says so once per name.
/// </summary>
public static class OwnerMatching
{
    public static PlanDraft Apply(PlanDraft draft, IReadOnlyList<WardUnit> units)
    {
        if (units.Count == 0) return draft;
        var found = new Dictionary<string, UnitMatcher.Match>(StringComparer.Ordinal);
        var unmatched = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var targets = new List<TargetDraft>(draft.Targets.Count);
        foreach (var target in draft.Targets)
        {
            if (target.OwnerUnit is not { Length: > 0 } written) { targets.Add(target); continue; }
            if (!found.TryGetValue(written, out var match)) found[written] = match = UnitMatcher.Find(written, units);
            if (match.Unit is { } unit)
                targets.Add(target with { OwnerUnit = unit.Name, OwnerWritten = written == unit.Name ? null : written });
            else
            {
                targets.Add(target);
                if (!unmatched.TryGetValue(written, out var lines)) unmatched[written] = lines = [];
                if (target.Line is { } line && !lines.Contains(line)) lines.Add(line);
            }
        }
        var unread = draft.Unread.ToList();
        foreach (var (written, lines) in unmatched)
        {
            var where = lines.Count > 0 ? $" (chỉ tiêu ở dòng {string.Join(", ", lines)})" : "";
            unread.Add(found[written].Tied.Count > 1
                ? $"Đơn vị chủ trì “{written}”{where} khớp nhiều đơn vị ({string.Join("; ", found[written].Tied.Select(u => u.Name))}): hãy chọn một đơn vị."
                : $"Đơn vị chủ trì “{written}”{where} không có trong danh sách đơn vị của địa phương: hãy chọn đơn vị.");
        }
        return draft with { Targets = targets, Unread = unread };
    }
}
