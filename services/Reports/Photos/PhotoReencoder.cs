using SkiaSharp;

namespace WardPlatform.Reports.Photos;

public sealed record ReencodedPhoto(byte[] Content, string ContentType, int Width, int Height);

/// <summary>
/// Every photo is decoded and drawn anew as a JPEG: what is stored is only pixels, so EXIF (GPS, camera, owner) and
/// anything hidden after the image are gone. What Skia cannot decode as JPEG, PNG or WebP is refused, never kept raw.
/// </summary>
public static class PhotoReencoder
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxPhotos = 5;
    public const int MaxSide = 2560;
    private const long MaxPixels = 60_000_000;

    public static readonly string[] AcceptedTypes = ["image/jpeg", "image/png", "image/webp"];

    public static ReencodedPhoto? Reencode(byte[] content)
    {
        if (content.Length == 0 || content.Length > MaxBytes) return null;
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp))
            return null;
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxPixels) return null;
        using var image = SKImage.FromEncodedData(data);
        if (image is null) return null;
        using var raster = image.ToRasterImage();
        if (raster is null) return null;

        var turned = codec.EncodedOrigin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom;
        var (sourceWidth, sourceHeight) = turned ? (info.Height, info.Width) : (info.Width, info.Height);
        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(sourceWidth, sourceHeight));
        var width = Math.Max(1, (int)Math.Round(sourceWidth * scale));
        var height = Math.Max(1, (int)Math.Round(sourceHeight * scale));

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (surface is null) return null;
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        // The camera's "which way is up" is applied to the pixels, since the tag saying it is dropped.
        canvas.Translate(width / 2f, height / 2f);
        canvas.RotateDegrees(codec.EncodedOrigin switch
        {
            SKEncodedOrigin.RightTop => 90,
            SKEncodedOrigin.BottomRight => 180,
            SKEncodedOrigin.LeftBottom => 270,
            _ => 0,
        });
        var (drawWidth, drawHeight) = turned ? (height, width) : (width, height);
        canvas.DrawImage(raster, new SKRect(-drawWidth / 2f, -drawHeight / 2f, drawWidth / 2f, drawHeight / 2f),
            new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        canvas.Flush();
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Jpeg, 85);
        return encoded is null ? null : new ReencodedPhoto(encoded.ToArray(), "image/jpeg", width, height);
    }
}
