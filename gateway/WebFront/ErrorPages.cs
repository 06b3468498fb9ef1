namespace WardPlatform.Gateway.WebFront;

/// <summary>
/// Which answers are a person's browser asking for a page (a Vietnamese error page with the layout), and which are an
/// API's (problem+json, unchanged): the API routes, the sign-in server and the probes are never pages.
/// </summary>
public static class ErrorPages
{
    public const string Path = "/loi";
    private static readonly string[] ApiPrefixes = ["/api", "/open311", "/connect", "/.well-known", "/health", "/alive"];

    public static bool WantsPage(HttpContext context)
    {
        var request = context.Request;
        if (ApiPrefixes.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))) return false;
        return request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
    }

    public static bool IsErrorPage(PathString path) => path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);

    /// <summary>The title and the explanation a person reads for a status.</summary>
    public static (string Title, string Text) Describe(int status) => status switch
    {
        400 => ("Yêu cầu không hợp lệ", "Trang không đọc được yêu cầu vừa gửi. Hãy quay lại và thử lại."),
        401 => ("Cần đăng nhập", "Hãy đăng nhập để tiếp tục."),
        403 => ("Không có quyền truy cập", "Tài khoản của bạn không được phép mở trang này. Nếu cần quyền, hãy liên hệ quản trị của phường."),
        404 => ("Không tìm thấy trang", "Trang bạn tìm không có hoặc đã được chuyển đi. Hãy kiểm tra lại địa chỉ."),
        405 => ("Thao tác không được hỗ trợ", "Trang này không nhận thao tác vừa gửi."),
        429 => ("Quá nhiều yêu cầu", "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng chờ một lát rồi thử lại."),
        503 => ("Hệ thống tạm thời bận", "Một phần của hệ thống đang khởi động lại hoặc quá tải. Vui lòng thử lại sau ít phút."),
        >= 500 => ("Đã xảy ra lỗi", "Hệ thống gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại; nếu lỗi còn tiếp diễn, hãy báo bộ phận CNTT của tỉnh."),
        _ => ("Không thực hiện được", "Yêu cầu không thực hiện được."),
    };
}
