using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WardPlatform.Rankings.Scoring;

namespace WardPlatform.Rankings.Publishing;

/// <summary>The one serialisation of inputs and results: stored, hashed and compared byte for byte on a re-run.</summary>
public static class RankingJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Of<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static List<WardInput> Inputs(string json) => JsonSerializer.Deserialize<List<WardInput>>(json, Options)!;

    public static RankingResult Result(string json) => JsonSerializer.Deserialize<RankingResult>(json, Options)!;

    public static List<RankBand> Bands(string json) => JsonSerializer.Deserialize<List<RankBand>>(json, Options)!;

    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
