using WardPlatform.Contracts.Events;
using System.Text.RegularExpressions;

namespace WardPlatform.Plans.Importing;

/// <summary>
/// Reads a plan document's text into a <see cref="PlanDraft"/>: the header (number, place, date, title),
/// legal bases, content themes, slogans, phases, targets, recipients and signer. What it sees but cannot
/// read (a blank number, a half-filled date, a figure it cannot classify) goes to Unread.
/// </summary>
public static partial class PlanImporter
{
    private enum Block { Other, Targets, Phase }

    public static PlanDraft Parse(string text)
    {
        var lines = PlanText.Read(text);
        var reader = new Reader(lines.Any(l => TargetsHeading().IsMatch(l.Text)), lines.Any(l => NamedTheme().IsMatch(l.Text)));
        foreach (var line in lines) reader.Read(line);
        return reader.Draft();
    }

    /// <param name="documentHasTargetHeadings">Targets sit under "a) Chỉ tiêu" headings (else: anywhere in the content).</param>
    /// <param name="documentHasNamedThemes">Themes are "N. Nội dung: …" headings (else: the numbered items of "NỘI DUNG …").</param>
    private sealed partial class Reader(bool documentHasTargetHeadings, bool documentHasNamedThemes)
    {
        private readonly List<string> _unread = [];
        private readonly List<LegalBasis> _bases = [];
        private readonly List<Theme> _themes = [];
        private readonly List<string> _slogans = [];
        private readonly List<Phase> _phases = [];
        private readonly List<TargetDraft> _targets = [];
        private readonly List<string> _recipients = [];
        private readonly List<string> _purposes = [], _requirements = [], _subjects = [], _scope = [], _period = [],
            _awardForms = [], _collective = [], _individual = [], _funding = [];
        private readonly List<(string? Unit, List<string> Tasks)> _assignments = [];
        private readonly List<PlannedAwardQuota> _quotas = [];
        private readonly List<FigureLine> _figures = [];
        private List<string>? _bucket;
        private string? _number, _place, _title, _signerTitle, _signerName;
        private DateOnly? _issuedOn, _midTermReview, _finalReview, _periodStart, _periodEnd;
        private bool _numberSeen, _titleNext, _inRecipients, _bulletUnits;
        private string _section = "", _sectionNumber = "";
        private string? _theme, _owner;
        private Block _block = Block.Other;

        public PlanDraft Draft()
        {
            if (!_numberSeen) _unread.Add("Không tìm thấy số kế hoạch (dòng “Số: …”).");
            if (_title is null) _unread.Add("Không tìm thấy tên kế hoạch (dòng sau “KẾ HOẠCH”).");
            if (_signerTitle is null) _unread.Add("Không tìm thấy chức danh người ký.");
            else if (_signerName is null) _unread.Add($"Chưa có tên người ký (sau “{_signerTitle}”).");
            ExplainPeriod();
            LinkOwners();
            var sections = new PlanSections(_purposes, _requirements, _subjects, _scope, _period, _awardForms, _collective,
                _individual, _funding, _assignments.Select(a => new Assignment(a.Unit, a.Tasks)).ToList());
            return new PlanDraft(_number, _place, _issuedOn, _title, _midTermReview, _finalReview, _bases, sections, _themes, _slogans, _phases, _targets,
                _recipients, _signerTitle, _signerName, _unread, PeriodStart: _periodStart, PeriodEnd: _periodEnd, AwardQuotas: _quotas, Figures: _figures);
        }

        public void Read(PlanLine planLine)
        {
            var line = planLine.Text;
            (_line, _use, _lineTargets) = (planLine, null, 0);
            ReadLine(line);
            Account(line);
        }

        private void ReadLine(string line)
        {
            if (ReadHeader(line)) return;
            ReadReviewDates(line);
            if (ReadClosing(line)) return;
            if (ReadSectionHeading(line)) return;
            if (_section.Length == 0) return;
            // "Trên đây là Kế hoạch …" closes the body: what follows is recipients and signature.
            if (line.StartsWith("Trên đây là", StringComparison.Ordinal)) { _section = "KẾT"; _bucket = null; Use("Câu kết"); return; }
            if (_section == "KẾT") return;
            ReadPeriod(line);
            if (ReadQuotas(line)) return;
            if (ReadTable(line)) return;
            if (ReadOwnerLine(line)) return;
            if (ReadProse(line)) return;

            var numbered = NumberedItem().Match(line);
            if (_section.Contains("KHẨU HIỆU") && numbered.Success)
            {
                _slogans.Add(numbered.Groups["text"].Value);
                Use("Khẩu hiệu");
                return;
            }
            if (ReadTheme(line, numbered)) return;
            if (IsAssignments(_section))
            {
                ReadAssignment(line, numbered);
                return;
            }
            if (TargetsHeading().IsMatch(line)) { _block = Block.Targets; Use("Tiêu đề mục"); return; }
            if (ReadPhase(line)) return;
            if (SubHeading().IsMatch(line) && line.Length < 120) { _block = Block.Other; return; }
            ReadTarget(line);
        }

        private static bool IsContentSection(string section) =>
            section.StartsWith("NỘI DUNG") || section.Contains("NHIỆM VỤ") || IsAssignments(section) || section.Contains("KHẨU HIỆU")
            || section.Contains("CHỈ TIÊU");

        private static bool IsAssignments(string section) =>
            section.Contains("TỔ CHỨC THỰC HIỆN") || section.Contains("PHÂN CÔNG") || section.StartsWith("TRÁCH NHIỆM");

        /// <summary>
        /// Purpose, requirements, subjects, scope, period, award forms and criteria, funding: a sub-heading names
        /// the part, and the bullets and paragraphs after it are its items.
        /// </summary>
        private bool ReadProse(string line)
        {
            if (IsContentSection(_section)) return false;
            if (SubHeading().IsMatch(line) || NumberedItem().IsMatch(line) && line.Length < 120)
            {
                var heading = line.ToLowerInvariant();
                var named =
                    heading.Contains("mục đích") ? _purposes :
                    heading.Contains("yêu cầu") ? _requirements :
                    heading.Contains("đối tượng thi đua") || heading.EndsWith("đối tượng") ? _subjects :
                    heading.Contains("phạm vi") ? _scope :
                    heading.Contains("thời gian tổ chức") || heading.Contains("thời gian thực hiện") || heading.TrimEnd(':').EndsWith("thời gian") ? _period :
                    heading.Contains("hình thức") && heading.Contains("khen thưởng") && !heading.Contains("tiêu chí") ? _awardForms :
                    heading.Contains("đối với tập thể") ? _collective :
                    heading.Contains("đối với cá nhân") ? _individual :
                    null;
                if (named is not null || !IsSentence(line)) { (_bucket, _combined) = (named, false); Use("Tiêu đề mục"); return true; }
                // "1. Bảo đảm công khai, minh bạch …." is an item numbered by Word, not a heading.
                _bucket ??= SectionBucket();
                if (_bucket is null) return true;
            }
            if (_bucket is null) return _section.StartsWith("MỤC ĐÍCH");
            // "Xét tặng Giấy khen … đạt các tiêu chí sau:" introduces the items; it is not one of them.
            if (!line.EndsWith(':')) Add(Combined(_bucket, line), ItemText().Replace(NumberedItem().Replace(line, "${text}"), ""));
            else Use("Tiêu đề mục");
            return true;
        }

        /// <summary>"1. Phòng Văn hóa - Xã hội phường" then its tasks; or "1. Văn phòng …: task"; or a numbered task naming no unit apart.</summary>
        private void ReadAssignment(string line, Match numbered)
        {
            if (numbered.Success)
            {
                var text = numbered.Groups["text"].Value;
                var colon = text.IndexOf(':');
                _owner = colon > 0 && colon < 90 ? text[..colon].Trim() : text.Length < 90 ? text.TrimEnd('.') : null;
                var tasks = new List<string>();
                if (colon > 0 && _owner is not null) tasks.Add(text[(colon + 1)..].Trim());
                else if (_owner is null) tasks.Add(text);
                _assignments.Add((_owner, tasks));
                Use("Tổ chức thực hiện");
                if (colon > 0) ReadTarget(text[(colon + 1)..]);
                return;
            }
            // "- Công an xã: chủ trì …" where the units are bullets, not numbered headings.
            if ((_owner is null || _bulletUnits) && BulletUnit().Match(line) is { Success: true } bullet)
            {
                (_owner, _bulletUnits) = (bullet.Groups["unit"].Value.Trim(), true);
                _assignments.Add((_owner, [bullet.Groups["task"].Value.Trim()]));
                Use("Tổ chức thực hiện");
                ReadTarget(bullet.Groups["task"].Value);
                return;
            }
            if (_assignments.Count > 0) { _assignments[^1].Tasks.Add(ItemText().Replace(line, "")); Use("Tổ chức thực hiện"); }
            ReadTarget(line);
        }

        private bool ReadHeader(string line)
        {
            var number = NumberLine().Match(line);
            if (!_numberSeen && number.Success)
            {
                _numberSeen = true;
                var value = number.Groups["n"].Value;
                if (CompleteNumber().IsMatch(value)) _number = value;
                else _unread.Add($"Số kế hoạch chưa điền đủ: “{line}”.");
                Use("Số kế hoạch");
                return true;
            }
            var dated = PlaceAndDate().Match(line);
            if (_place is null && _section.Length == 0 && dated.Success)
            {
                _place = dated.Groups["place"].Value.Trim();
                if (dated.Groups["d"].Success && dated.Groups["m"].Success && TryDate(dated.Groups["d"].Value, dated.Groups["m"].Value, dated.Groups["y"].Value, out var date))
                    _issuedOn = date;
                else
                    _unread.Add($"Ngày ban hành chưa điền đủ: “{line}”.");
                Use("Ngày ban hành");
                return true;
            }
            if (_section.Length == 0 && line.Equals("KẾ HOẠCH", StringComparison.OrdinalIgnoreCase)) { _titleNext = true; return true; }
            if (_titleNext)
            {
                _titleNext = false;
                _title = line;
                Use("Tên kế hoạch");
                return true;
            }
            if (_section.Length == 0 && BasisStart().IsMatch(line))
            {
                var cited = CitedDocument().Match(line);
                DateOnly? citedOn = null;
                if (cited.Groups["date"].Success)
                {
                    var parts = cited.Groups["date"].Value.Split('/');
                    if (TryDate(parts[0], parts[1], parts[2], out var d)) citedOn = d;
                }
                _bases.Add(new LegalBasis(line, cited.Success ? cited.Groups["kind"].Value : null,
                    cited.Success ? cited.Groups["num"].Value : null, citedOn));
                Use("Căn cứ");
                return true;
            }
            return false;
        }

        /// <summary>"… (sơ kết vào ngày 30/6/2025 và tổng kết vào ngày 31/12/2025)": only dates written in full.</summary>
        private void ReadReviewDates(string line)
        {
            if (_block == Block.Phase) return;
            foreach (var (midTerm, date) in PlanDates.ReadReviews(line))
            {
                var label = midTerm ? "Ngày sơ kết" : "Ngày tổng kết";
                if (date.Day is { } day)
                {
                    if (midTerm) _midTermReview ??= day;
                    else _finalReview ??= day;
                    Use(label);
                }
                else if ((midTerm ? _midTermReview : _finalReview) is null && _partlyRead.Add(label))
                {
                    _unread.Add($"{label} chỉ đọc được một phần ({date.Partial}, chưa có ngày) ở {Place()}: “{line}”.");
                    Use(label + " (đọc một phần)");
                }
            }
        }

        private bool ReadClosing(string line)
        {
            if (line.StartsWith("Nơi nhận", StringComparison.Ordinal)) { _inRecipients = true; return true; }
            if (SignerTitle().IsMatch(line))
            {
                // "KT. CHỦ TỊCH" then "PHÓ CHỦ TỊCH": one signature block, kept whole.
                _signerTitle = _signerTitle is not null && _signerName is null ? $"{_signerTitle} / {line}" : line;
                _inRecipients = false;
                Use("Người ký");
                return true;
            }
            if (_signerTitle is not null)
            {
                if (_signerName is null && !SignatureNote().IsMatch(line)) _signerName = line;
                Use("Người ký");
                return true;
            }
            if (_inRecipients)
            {
                if (line.StartsWith('-')) { _recipients.Add(line.TrimStart('-', ' ').TrimEnd(';', '.')); Use("Nơi nhận"); }
                return true;
            }
            return false;
        }

        private bool ReadTheme(string line, Match numbered)
        {
            var named = NamedTheme().Match(line);
            if (named.Success)
            {
                StartTheme($"{_sectionNumber}.{named.Groups["n"].Value}", named.Groups["title"].Value);
                return true;
            }
            // Plans that list their content as numbered items of a "NỘI DUNG …" section.
            // A numbered item of "NỘI DUNG VÀ CHỈ TIÊU" that states a target is a target, not a theme.
            if (!documentHasNamedThemes && _section.StartsWith("NỘI DUNG") && numbered.Success
                && !(_section.Contains("CHỈ TIÊU") && TargetReader.Read(numbered.Groups["text"].Value, null, null) is not null))
            {
                StartTheme($"{_sectionNumber}.{numbered.Groups["n"].Value}", numbered.Groups["text"].Value);
                return true;
            }
            return false;
        }

        private void StartTheme(string number, string title)
        {
            Use("Nội dung thi đua");
            _themes.Add(new Theme(number, title.Trim().Trim('“', '”', '"', ' ')));
            (_theme, _block) = (number, Block.Other);
        }

        private bool ReadPhase(string line)
        {
            var phase = PhaseHeading().Match(line);
            if (!phase.Success)
            {
                // A phase whose heading gives no date often says "(Hoàn thành … trước ngày 31/3/2027)" in its body.
                if (_block == Block.Phase && _phases[^1].Ends is null && Before().Match(line) is { Success: true } before
                    && TryDate(before.Groups["d"].Value, before.Groups["m"].Value, before.Groups["y"].Value, out var end))
                {
                    _phases[^1] = _phases[^1] with { Ends = end };
                    Use("Hạn giai đoạn");
                }
                if (_block == Block.Phase) ReadSplitOnly(line);
                return _block == Block.Phase;
            }
            var rest = phase.Groups["rest"].Value.Trim();
            var open = rest.IndexOf('(');
            var title = (open >= 0 ? rest[..open] : rest).Trim().TrimEnd(':').Trim();
            var dates = DateInText().Matches(rest).Select(m => (Ok: TryDate(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value, out var d), Date: d))
                .Where(d => d.Ok).Select(d => d.Date).ToList();
            DateOnly? starts = null, ends = null;
            if (dates.Count >= 2) (starts, ends) = (dates[0], dates[^1]);
            else if (dates.Count == 1 && rest.Contains("sau", StringComparison.OrdinalIgnoreCase)) starts = dates[0];
            else if (dates.Count == 1) ends = dates[0];
            _phases.Add(new Phase(_theme ?? _sectionNumber, int.Parse(phase.Groups["n"].Value), title.Length == 0 ? null : title, starts, ends));
            _block = Block.Phase;
            Use("Giai đoạn");
            return true;
        }

        private void ReadSplitOnly(string line)
        {
            if (TargetReader.Read(line, _theme, _owner) is { Kind: TargetKind.SplitCount } split) AddTarget(split);
        }

        /// <summary>
        /// Where targets are looked for: under the "Chỉ tiêu" headings when the plan has them, otherwise in its
        /// content and assignment sections. Each clause (split at ";" and at sentence ends) is one target at most.
        /// </summary>
        private void ReadTarget(string line)
        {
            var inContent = IsContentSection(_section) && !_section.Contains("KHẨU HIỆU");
            if (documentHasTargetHeadings ? _block != Block.Targets : !inContent) return;
            var (owned, owner) = InlineOwner(line);
            var first = _targets.Count;
            ReadTargetsOf(owned, owner);
            ReadDeadline(line, first);
        }

        private void ReadTargetsOf(string owned, string? owner)
        {
            if (TargetReader.Read(owned, _theme, owner) is { Kind: TargetKind.SplitCount } split)
            {
                AddTarget(split);
                return;
            }
            foreach (var clause in Clauses().Split(owned).Where(c => c.Trim().Length > 0))
            {
                if (TargetReader.IsFact(clause)) { Use(FactUse); continue; }
                var target = TargetReader.Read(clause.Trim(), _theme, owner);
                if (target is not null) AddTarget(target);
                else if (_block == Block.Targets && TargetReader.HasFigure(clause))
                {
                    _unread.Add($"Chỉ tiêu chưa đọc được ở {Place()}: “{clause.Trim()}”.");
                    Use(UnreadUse);
                }
            }
        }
    }

    private static bool TryDate(string day, string month, string year, out DateOnly date) => PlanDates.TryDate(day, month, year, out date);

    // ";" or the end of a sentence ("… điện tử. Tối thiểu 90% …"), not the dot of "1.2" or "TP.HCM".
    [GeneratedRegex(@";|(?<=[^\d\s.]{2})\.\s+(?=[A-ZĐÀ-Ỹ])")]
    private static partial Regex Clauses();

    [GeneratedRegex(@"^Số\s*:\s*(?<n>\S*)")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^\d+[\w\-]*/\S+$")]
    private static partial Regex CompleteNumber();

    [GeneratedRegex(@"^(?<place>[^,\d]{2,60}),\s*ngày\s*(?:(?<d>\d{1,2})|[….\s_]*)\s*tháng\s*(?:(?<m>\d{1,2})|[….\s_]*)\s*năm\s*(?<y>\d{4})")]
    private static partial Regex PlaceAndDate();

    [GeneratedRegex(@"^(Căn cứ|Thực hiện)\b")]
    private static partial Regex BasisStart();

    [GeneratedRegex(@"(?<kind>Kế hoạch|Nghị quyết|Chỉ thị|Chương trình làm việc|Chương trình|Quyết định|Thông báo|Kết luận|Tờ trình|Luật)\s+số\s+(?<num>\d[\w\-/.]*\w)(?:\s*,)?(?:\s+ngày\s+(?<date>\d{1,2}/\d{1,2}/\d{4}))?")]
    private static partial Regex CitedDocument();

    [GeneratedRegex(@"^(?<n>[IVX]+)\.\s+(?<title>.+)$")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"^(?<n>\d{1,2})\.\s+(?<text>.+)$")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^(?<n>\d{1,2})\.\s*Nội dung(?:\s+\d+)?\s*:\s*(?<title>.+)$")]
    private static partial Regex NamedTheme();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)+\.?\s*Các chỉ tiêu|[a-z]\)\s*(?:Các\s+)?Chỉ tiêu)", RegexOptions.IgnoreCase)]
    private static partial Regex TargetsHeading();

    [GeneratedRegex(@"^(?:\d+\.\d+\.?|[a-zđ]\))\s")]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"^\*?\s*Giai đoạn\s+(?<n>\d)\b\s*:?(?<rest>.*)$")]
    private static partial Regex PhaseHeading();

    [GeneratedRegex(@"(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})")]
    private static partial Regex DateInText();

    [GeneratedRegex(@"trước ngày\s+(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})")]
    private static partial Regex Before();

    [GeneratedRegex(@"^(?:[-+•]\s*|\(\d+\)\s*)")]
    private static partial Regex ItemText();

    [GeneratedRegex(@"^(KT\.\s*|TM\.\s*.*)?(PHÓ\s+)?(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|BÍ THƯ)$")]
    private static partial Regex SignerTitle();

    [GeneratedRegex(@"^[-+•]\s*(?<unit>(?:Công an|Ban|Phòng|Văn phòng|Trung tâm|Ủy ban|UBND|Hội|Đoàn|Mặt trận|Trường|Trạm|Đội|Chi bộ|Công chức|Bộ phận)[^:;.]{0,80}):\s*(?<task>.+)$")]
    private static partial Regex BulletUnit();


    // "(Đã ký)", "(Ký, ghi rõ họ tên, đóng dấu)": a note under the signature, not the signer's name.
    [GeneratedRegex(@"^\((?:đã ký|ký|ký tên)\b.*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureNote();
}
