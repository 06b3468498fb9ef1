namespace WardPlatform.Http;

/// <summary>
/// The page asked for in a list's <c>page</c> and <c>pageSize</c> (1-based, a default and a ceiling per list), with the
/// refusals named by field. The answer of a paged list is <c>{ page, pageSize, total, items }</c>.
/// </summary>
public static class Paging
{
    public const int MaxPage = 100_000;

    /// <param name="itemsLabel">What the list holds, in Vietnamese ("kế hoạch", "đơn vị", "hồ sơ").</param>
    public static (int Number, int Size) Page(this FieldErrors errors, int? page, int? pageSize, int defaultSize, int maxSize, string itemsLabel)
    {
        var (number, size) = (page ?? 1, pageSize ?? defaultSize);
        if (number is < 1 or > MaxPage) errors.Add("page", "out_of_range", $"Số trang phải từ 1 đến {MaxPage}.");
        if (size < 1 || size > maxSize) errors.Add("pageSize", "out_of_range", $"Số {itemsLabel} mỗi trang phải từ 1 đến {maxSize}.");
        return (number, size);
    }
}
