using System.Text.RegularExpressions;
using WardPlatform.Contracts.Events;
using WardPlatform.Http;

namespace WardPlatform.Plans.Importing;

// The parts of the reader that make it hold on plans unlike the seeds: sections found by their meaning, the period,
// award quotas, targets in a table with their owner, owners from "Trách nhiệm: …" and "chủ trì chỉ tiêu …", and the
// account of every line that holds a figure (FigureLine).
public static partial class PlanImporter
{
    private const string FactUse = "Bối cảnh (số liệu hiện trạng, không phải chỉ tiêu)";
    private const string UnreadUse = "Không đọc được";

    private sealed partial class Reader
    {
        private PlanLine _line = new("", 0, 0);
        private string? _use;
        private int _lineTargets, _sectionCount;
        private bool _combined, _periodRead;
        private readonly HashSet<string> _partlyRead = [];
        private readonly List<int> _recentTargets = [];
        private readonly Dictionary<int, string> _targetNumbers = [];
        private TableColumns? _table;

        private sealed record TableColumns(int Content, int Value, int Owner, int Number);

        /// <summary>Marks the current line as read into <paramref name="use"/> (the first use wins).</summary>
        private void Use(string use) => _use ??= use;

        private string Place() => _sectionNumber.Length > 0 ? $"dòng {_line.Number}, mục {_sectionNumber}" : $"dòng {_line.Number}";

        /// <summary>A line holding a figure that nothing read is a fact (context) or is reported, quoted with its place.</summary>
        private void Account(string line)
        {
            if (!line.StartsWith('|')) _table = null;
            if (!Figures.In(line)) return;
            if (_use is null && TargetReader.IsFact(line)) _use = FactUse;
            if (_use is null)
            {
                _unread.Add($"Không đọc được ở {Place()}: “{line}”.");
                _use = UnreadUse;
            }
            _figures.Add(new FigureLine(_line.Number, _section.Length == 0 ? "Phần đầu" : $"{_sectionNumber}. {_section}", line, _use));
        }

        private bool ReadSectionHeading(string line)
        {
            string? number = null, title = null;
            var roman = RomanHeading().Match(line);
            if (roman.Success) (number, title) = (roman.Groups["n"].Value, roman.Groups["title"].Value);
            else if (_title is not null && IsUnnumberedSection(line))
                (number, title) = (Roman(_sectionCount + 1), LeadingNumber().Replace(line, ""));
            if (title is null) return false;
            _sectionCount++;
            _sectionNumber = number!;
            _section = title.ToUpperInvariant();
            (_theme, _owner, _block, _table) = (null, null, Block.Other, null);
            _recentTargets.Clear();
            _combined = _section.StartsWith("MỤC ĐÍCH") && _section.Contains("YÊU CẦU") || _section.StartsWith("ĐỐI TƯỢNG") && _section.Contains("THỜI GIAN");
            _bucket = SectionBucket();
            if (_section.Contains("CHỈ TIÊU") && !_section.Contains("KHEN THƯỞNG")) _block = Block.Targets;
            // "II. THỜI GIAN: từ ngày … đến ngày …": the heading states the period itself.
            ReadPeriod(line);
            Use("Tiêu đề mục");
            return true;
        }

        // "MỤC ĐÍCH, YÊU CẦU" or "KHEN THƯỞNG" in capitals, or a Markdown / Word heading naming a part, with no Roman number.
        private bool IsUnnumberedSection(string line)
        {
            if (line.Length > 150 || !SectionWords().IsMatch(line)) return false;
            var letters = line.Where(char.IsLetter).ToList();
            var capitals = letters.Count >= 4 && letters.All(c => !char.IsLower(c));
            return capitals && !SubNumber().IsMatch(line) || _line.HeadingLevel is 1 or 2 && !AnyNumber().IsMatch(line);
        }

        private List<string>? SectionBucket() =>
            _section.StartsWith("KINH PHÍ") ? _funding :
            _section.StartsWith("MỤC ĐÍCH") ? _purposes :
            _section.StartsWith("YÊU CẦU") ? _requirements :
            _section.StartsWith("ĐỐI TƯỢNG") ? _subjects :
            _section.StartsWith("PHẠM VI") ? _scope :
            _section.StartsWith("THỜI GIAN") ? _period :
            _section.Contains("KHEN THƯỞNG") && !_section.Contains("TIÊU CHÍ") && !_section.Contains("TIÊU CHUẨN") ? _awardForms :
            null;

        /// <summary>In "MỤC ĐÍCH, YÊU CẦU" with no sub-headings, a "phải …" / "Bảo đảm …" item is a requirement; likewise a period item among subjects.</summary>
        private List<string> Combined(List<string> bucket, string line)
        {
            if (!_combined) return bucket;
            if (bucket == _purposes && RequirementWords().IsMatch(ItemText().Replace(line, ""))) return _requirements;
            if (bucket == _subjects && PeriodWords().IsMatch(line)) return _period;
            return bucket;
        }

        private void Add(List<string> bucket, string item)
        {
            bucket.Add(item);
            Use(bucket == _purposes ? "Mục đích" : bucket == _requirements ? "Yêu cầu" : bucket == _subjects ? "Đối tượng" :
                bucket == _scope ? "Phạm vi" : bucket == _period ? "Thời gian thực hiện" : bucket == _awardForms ? "Hình thức khen thưởng" :
                bucket == _collective ? "Tiêu chuẩn tập thể" : bucket == _individual ? "Tiêu chuẩn cá nhân" : "Kinh phí");
        }

        private static bool IsSentence(string line) => line.Length >= 120 || line.Length > 30 && line[^1] is '.' or ';';

        private void ReadPeriod(string line)
        {
            if (_periodRead) return;
            var about = _bucket == _period || _section.Contains("THỜI GIAN") || line.Contains("thời gian", StringComparison.OrdinalIgnoreCase);
            if (!about || IsContentSection(_section) && !line.StartsWith("Thời gian", StringComparison.OrdinalIgnoreCase)) return;
            if (PlanDates.ReadPeriod(line) is not { } period) return;
            _periodRead = true;
            Use("Thời gian thực hiện");
            if (period.Blank) _unread.Add($"Thời gian thực hiện chưa điền đủ ở {Place()}: “{line}”.");
            if (period.FromIssue)
            {
                if (_issuedOn is { } issued) _periodStart = issued;
                else _unread.Add($"Thời gian thực hiện tính từ ngày ban hành, nhưng ngày ban hành chưa điền: chưa có ngày bắt đầu ({Place()}).");
            }
            else Period(period.Start, "Ngày bắt đầu thực hiện", line, d => _periodStart = d);
            Period(period.End, "Ngày kết thúc thực hiện", line, d => _periodEnd = d);
        }

        private void Period(TextDate date, string label, string line, Action<DateOnly> set)
        {
            if (date.Day is { } day) set(day);
            else if (date.Partial is { } partial) _unread.Add($"{label} chỉ đọc được một phần ({partial}, chưa có ngày) ở {Place()}: “{line}”.");
        }

        /// <summary>Says what of the period could not be read, so a draft never lacks it silently.</summary>
        private void ExplainPeriod()
        {
            if (_periodRead) return;
            if (_title is not null && PlanDates.YearsIn(_title) is { } years)
                _unread.Add($"Thời gian thực hiện chỉ đọc được từ tên kế hoạch (“{years}”): chưa có ngày bắt đầu và ngày kết thúc.");
            else
                _unread.Add("Không tìm thấy thời gian thực hiện (từ ngày … đến ngày …): chưa có ngày bắt đầu và ngày kết thúc.");
        }

        /// <summary>A quota sentence is read into numbers; in the content it is not also a target.</summary>
        private bool ReadQuotas(string line)
        {
            var quotas = AwardQuotaReader.Read(line);
            if (quotas.Count == 0) return false;
            _quotas.AddRange(quotas);
            Use("Số lượng khen thưởng");
            return IsContentSection(_section);
        }

        /// <summary>
        /// A table row "| STT | Nội dung chỉ tiêu | Chỉ tiêu | Đơn vị chủ trì |" (Markdown, or a Word table as read): the header
        /// names the columns, each row after it is one target, its owner from the owner column.
        /// </summary>
        private bool ReadTable(string line)
        {
            if (!line.StartsWith('|')) return false;
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
            var folded = cells.Select(c => VietnameseText.Fold(c)).ToList();
            var content = folded.FindIndex(c => c.Contains("noi dung") || c.Contains("ten chi tieu"));
            if (content >= 0 && folded.Any(c => c.Contains("chi tieu") || c.Contains("don vi")))
            {
                _table = new TableColumns(content,
                    folded.FindIndex(c => c is "chi tieu" or "muc tieu" or "gia tri" || c.StartsWith("chi tieu ") && !c.Contains("noi dung")),
                    folded.FindIndex(c => c.Contains("chu tri") || c.Contains("trach nhiem") || c == "don vi" || c.Contains("don vi thuc hien")),
                    folded.FindIndex(c => c is "stt" or "tt" or "so tt"));
                Use("Bảng chỉ tiêu");
                return true;
            }
            if (_table is not { } table || table.Content >= cells.Count) return false;
            var text = cells[table.Content];
            var value = table.Value >= 0 && table.Value < cells.Count ? cells[table.Value] : "";
            if (value.Length > 0 && !text.Contains(value, StringComparison.Ordinal)) text = $"{text}: {value}";
            var owner = table.Owner >= 0 && table.Owner < cells.Count && cells[table.Owner].Length > 0 ? cells[table.Owner] : _owner;
            if (TargetReader.IsFact(text)) { Use(FactUse); return true; }
            if (TargetReader.Read(text, _theme, owner) is { } target)
            {
                AddTarget(target);
                if (table.Number >= 0 && table.Number < cells.Count && cells[table.Number].Length > 0) _targetNumbers[_targets.Count - 1] = cells[table.Number].TrimEnd('.');
            }
            else if (Figures.In(text))
            {
                _unread.Add($"Chỉ tiêu chưa đọc được ở {Place()}: “{text}”.");
                Use(UnreadUse);
            }
            return true;
        }

        /// <summary>"Trách nhiệm: Công an xã." after targets: their owner.</summary>
        private bool ReadOwnerLine(string line)
        {
            var owner = OwnerLine().Match(line);
            if (!owner.Success || _recentTargets.Count == 0) return false;
            foreach (var i in _recentTargets) _targets[i] = _targets[i] with { OwnerUnit = owner.Groups["unit"].Value.Trim() };
            _recentTargets.Clear();
            Use("Đơn vị chủ trì");
            return true;
        }

        /// <summary>"… (Trách nhiệm: Công an xã)" inside the target's own sentence.</summary>
        private (string Text, string? Owner) InlineOwner(string line)
        {
            var owner = InlineOwnerNote().Match(line);
            return owner.Success ? (line.Remove(owner.Index, owner.Length).Trim(), owner.Groups["unit"].Value.Trim()) : (line, _owner);
        }

        private void AddTarget(TargetDraft target)
        {
            var number = NumberedItem().Match(_line.Text);
            if (number.Success && _block == Block.Targets && !_targetNumbers.ContainsValue(number.Groups["n"].Value))
                _targetNumbers[_targets.Count] = number.Groups["n"].Value;
            _targets.Add(target with { Line = _line.Number });
            _recentTargets.Add(_targets.Count - 1);
            _lineTargets++;
            Use("Chỉ tiêu");
        }

        /// <summary>
        /// "Công an xã: chủ trì chỉ tiêu số 3, 4" or "… chủ trì các chỉ tiêu về an ninh trật tự" in the assignments: the unit
        /// owns the targets it names, by their number in the list or table, or by words of their text.
        /// </summary>
        private void LinkOwners()
        {
            foreach (var (unit, tasks) in _assignments)
            {
                if (unit is null) continue;
                foreach (var task in tasks)
                foreach (Match leads in LeadsTargets().Matches(task))
                foreach (var reference in References().Split(leads.Groups["refs"].Value))
                {
                    var words = ReferenceNoise().Replace(reference, "").Trim();
                    if (words.Length == 0) continue;
                    var owned = int.TryParse(words, out _)
                        ? _targetNumbers.Where(n => n.Value == words).Select(n => n.Key)
                        : words.Length >= 6
                            ? _targets.Select((t, i) => (t, i)).Where(x => VietnameseText.Fold(x.t.Text).Contains(VietnameseText.Fold(words))).Select(x => x.i)
                            : [];
                    foreach (var i in owned.ToList())
                        if (_targets[i].OwnerUnit is null) _targets[i] = _targets[i] with { OwnerUnit = unit };
                }
            }
        }

        /// <summary>
        /// "… hoàn thành trước ngày 30/6/2026": the deadline of the targets read from this line (targets from <paramref name="first"/>),
        /// when written in full and once; a staged target's "trước ngày 30/11" are its stages, not a deadline.
        /// </summary>
        private void ReadDeadline(string line, int first)
        {
            if (_targets.Count == first) return;
            var deadlines = TargetDeadline().Matches(line);
            if (deadlines.Count != 1) return;
            var at = deadlines[0];
            for (var i = first; i < _targets.Count; i++)
            {
                if (_targets[i].Kind == TargetKind.Staged) continue;
                if (at.Groups["y"].Success && TryDate(at.Groups["d"].Value, at.Groups["m"].Value, at.Groups["y"].Value, out var deadline))
                    _targets[i] = _targets[i] with { Deadline = deadline };
                else if (_partlyRead.Add($"deadline:{_line.Number}"))
                    _unread.Add($"Thời hạn chỉ tiêu chỉ đọc được một phần (“{at.Value}”, chưa có năm hoặc ngày không có thật) ở {Place()}: “{line}”.");
            }
        }

        private static string Roman(int n) =>
            n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", 10 => "X", _ => n.ToString() };
    }

    [GeneratedRegex(@"MỤC ĐÍCH|YÊU CẦU|ĐỐI TƯỢNG|PHẠM VI|THỜI GIAN|NỘI DUNG|CHỈ TIÊU|NHIỆM VỤ|KHEN THƯỞNG|KINH PHÍ|TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|TRÁCH NHIỆM|KHẨU HIỆU", RegexOptions.IgnoreCase)]
    private static partial Regex SectionWords();

    [GeneratedRegex(@"^(?:\d{1,2}|[A-Z])\.\s+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^\d+\.\d|^[a-zđ]\)|^\(\d+\)")]
    private static partial Regex SubNumber();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?|[a-zđA-Z]\)|\(\d+\)|[IVX]+\.)\s")]
    private static partial Regex AnyNumber();

    [GeneratedRegex(@"\bphải\b|^(?:Bảo đảm|Đảm bảo|Yêu cầu)", RegexOptions.IgnoreCase)]
    private static partial Regex RequirementWords();

    [GeneratedRegex(@"thời gian|từ ngày|đến ngày|đến hết", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWords();

    [GeneratedRegex(@"^(?:[-+•]\s*)?\(?(?:Trách nhiệm|Đơn vị chủ trì|Chủ trì|Đơn vị thực hiện)\s*:\s*(?<unit>[^;()]{3,120}?)\s*[.;)]?$")]
    private static partial Regex OwnerLine();

    [GeneratedRegex(@"\s*\((?:Trách nhiệm|Đơn vị chủ trì|Chủ trì)\s*:\s*(?<unit>[^)]{3,120})\)")]
    private static partial Regex InlineOwnerNote();

    [GeneratedRegex(@"chủ trì(?:\s+thực hiện)?(?:\s+(?:các|những))?\s+chỉ tiêu\s+(?<refs>[^.;:]+)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadsTargets();

    [GeneratedRegex(@"\s*,\s*|\s+và\s+")]
    private static partial Regex References();

    // "hoàn thành trước ngày 30/6/2026", "xong trước ngày 15 tháng 9 năm 2026", "chậm nhất ngày 31/10/2026".
    [GeneratedRegex(@"(?:hoàn thành|hoàn tất|xong|thực hiện)\s+(?:\p{L}+\s+){0,3}?(?:trước|chậm nhất)(?:\s+ngày)?\s+(?<d>\d{1,2})\s*(?:/|\s+tháng\s+)(?<m>\d{1,2})(?:\s*(?:/|\s+năm\s+)(?<y>\d{4}))?|chậm nhất(?:\s+là)?\s+ngày\s+(?<d>\d{1,2})\s*(?:/|\s+tháng\s+)(?<m>\d{1,2})(?:\s*(?:/|\s+năm\s+)(?<y>\d{4}))?", RegexOptions.IgnoreCase)]
    private static partial Regex TargetDeadline();

    [GeneratedRegex(@"^(?:số|về|thứ)\s+|\s+(?:nêu trên|ở trên|tại mục [\w.]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceNoise();
}
