namespace WardPlatform.Commendations.Documents;

/// <summary>What a Quyết định says, independent of .docx or .pdf: both writers print this very text.</summary>
public sealed record DecisionText(string WardUpper, string Number, string PlaceAndDate, string Subject, string SignerTitle, string SignerName,
    IReadOnlyList<string> Bases, IReadOnlyList<string> Articles, IReadOnlyList<string> Recipients, IReadOnlyList<AwardLine> Awards, string TotalPrize);

public sealed record AwardLine(int Ordinal, string Name, string? Unit, string Form, string Prize);

/// <summary>One Giấy khen.</summary>
public sealed record CertificateText(string Giver, string Verb, string Title, string Name, string? Unit, string Achievement, string DecisionLine,
    string RegisterLine, string PlaceAndDate, string SignerTitle, string SignerName);
