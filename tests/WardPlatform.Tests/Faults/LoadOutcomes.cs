using System.Collections.Concurrent;
using System.Net;

namespace WardPlatform.Tests.Faults;

/// <summary>How the platform answered the load, phase by phase (steady, or the fault being injected).</summary>
public sealed class LoadOutcomes
{
    private readonly ConcurrentDictionary<string, Phase> _phases = new();
    private volatile string _current = "steady";

    public void Enter(string phase) => _current = phase;
    public string Current => _current;

    public IReadOnlyDictionary<string, Phase> Phases => _phases;

    public void Answered(string operation, HttpStatusCode status, bool retryAfter, TimeSpan latency) =>
        _phases.GetOrAdd(_current, _ => new Phase()).Add(operation, (int)status, retryAfter, latency);

    /// <summary>No answer within the client's limit.</summary>
    public void Hung(string operation, TimeSpan latency) => _phases.GetOrAdd(_current, _ => new Phase()).AddHang(operation, latency);

    public void Failed(string operation, Exception error) => _phases.GetOrAdd(_current, _ => new Phase()).AddError(operation, error);

    public sealed class Phase
    {
        private readonly ConcurrentBag<double> _latencies = [];
        private readonly ConcurrentDictionary<int, int> _statuses = new();
        public ConcurrentBag<string> Wrong { get; } = [];
        private int _accepted, _refusedRightly, _cut, _refused4xx, _hangs, _errors, _serverErrors;

        public int Accepted => _accepted;
        /// <summary>429 or 503 with Retry-After: the platform said "not now" at once.</summary>
        public int RefusedRightly => _refusedRightly;
        /// <summary>502 with Retry-After: the service died while answering (it may have done the work).</summary>
        public int Cut => _cut;
        public int Refused4xx => _refused4xx;
        /// <summary>500, 504, or another 5xx without Retry-After.</summary>
        public int ServerErrors => _serverErrors;
        public int Hangs => _hangs;
        public int Errors => _errors;
        public int Total => _statuses.Values.Sum() + _hangs + _errors;
        public IReadOnlyDictionary<int, int> Statuses => _statuses;

        public double Percentile(double p)
        {
            var sorted = _latencies.Order().ToArray();
            return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
        }

        internal void Add(string operation, int status, bool retryAfter, TimeSpan latency)
        {
            _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            _latencies.Add(latency.TotalMilliseconds);
            if (status is >= 200 and < 300) Interlocked.Increment(ref _accepted);
            else if (status is 429 or 503 && retryAfter) Interlocked.Increment(ref _refusedRightly);
            else if (status is 502 && retryAfter) Interlocked.Increment(ref _cut);
            else if (status >= 500)
            {
                Interlocked.Increment(ref _serverErrors);
                Wrong.Add($"{operation}: {status}{(retryAfter ? "" : " without Retry-After")}");
            }
            else Interlocked.Increment(ref _refused4xx);
        }

        internal void AddHang(string operation, TimeSpan latency)
        {
            Interlocked.Increment(ref _hangs);
            Wrong.Add($"{operation}: no answer in {latency.TotalSeconds:0} s");
        }

        internal void AddError(string operation, Exception error)
        {
            Interlocked.Increment(ref _errors);
            Wrong.Add($"{operation}: {error.GetType().Name} {error.Message}");
        }
    }
}
