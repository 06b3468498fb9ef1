using WardPlatform.Http;
using WardPlatform.Reports.Photos;

namespace WardPlatform.Reports.Filing;

/// <summary>Reads uploaded photos from a form: at most 5, 10 MB each, each re-encoded or refused (nothing is kept raw).</summary>
public static class PhotoUploads
{
    public static async Task<List<ReencodedPhoto>> ReadAsync(IEnumerable<IFormFile> files, string field, FieldErrors errors,
        CancellationToken ct, int max = PhotoReencoder.MaxPhotos)
    {
        var list = files.Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        var photos = new List<ReencodedPhoto>();
        if (list.Count > max)
        {
            errors.Add(field, "too_many", $"Chỉ được gửi tối đa {max} ảnh.");
            return photos;
        }
        foreach (var file in list)
        {
            if (file.Length > PhotoReencoder.MaxBytes)
            {
                errors.Add(field, "too_large", $"Ảnh \"{Shown(file.FileName)}\" lớn hơn 10 MB.");
                continue;
            }
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            if (PhotoReencoder.Reencode(buffer.ToArray()) is { } photo) photos.Add(photo);
            else errors.Add(field, "not_an_image", $"Tệp \"{Shown(file.FileName)}\" không phải ảnh JPEG, PNG hoặc WebP đọc được.");
        }
        return photos;
    }

    private static string Shown(string name) => name.Length > 60 ? name[..60] + "…" : name;
}
