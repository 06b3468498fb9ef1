namespace WardPlatform.Testing;

/// <summary>
/// Sends malformed requests one at a time, each case to the next caller in turn (many operations are one role's), and
/// tallies the answers: by status, every 5xx, and every case that must be refused but was accepted. Used by the suite's
/// MalformedInputTests and by `bench/run.sh malformed`.
/// </summary>
public sealed class MalformedRun(IReadOnlyList<HttpClient> callers)
{
    public SortedDictionary<int, int> Statuses { get; } = new();
    /// <summary>What was answered wrongly: a 5xx (with the start of its body), or a must-refuse case accepted.</summary>
    public List<string> Failures { get; } = [];
    public int Sent { get; private set; }
    public int ServerErrors => Statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
    public int AcceptedThatMustBeRefused { get; private set; }

    public async Task SendAsync(IEnumerable<MalformedRequest> cases, CancellationToken ct = default)
    {
        foreach (var malformed in cases)
        {
            using var request = malformed.Build();
            using var response = await callers[Sent++ % callers.Count].SendAsync(request, ct);
            var status = (int)response.StatusCode;
            Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                var body = await response.Content.ReadAsStringAsync(ct);
                Failures.Add($"{malformed}: {status} {body[..Math.Min(body.Length, 300)]}");
            }
            else if (malformed.MustBeRefused && response.IsSuccessStatusCode)
            {
                AcceptedThatMustBeRefused++;
                Failures.Add($"{malformed}: accepted ({status})");
            }
        }
    }

    public string StatusLine => string.Join(", ", Statuses.Select(s => $"{s.Key}×{s.Value}"));
}
