using SkiaSharp;

namespace WardPlatform.Tests.Reports;

/// <summary>Photos as phones send them: a JPEG carrying an EXIF block with GPS tags.</summary>
public static class TestImages
{
    public static byte[] Jpeg(int width = 64, int height = 48)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(200, 80, 40));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG with an APP1 "Exif" segment whose GPS IFD says latitude 10.9°N (as a phone's camera writes it).</summary>
    public static byte[] JpegWithGps()
    {
        var jpeg = Jpeg();
        var tiff = new List<byte> { (byte)'I', (byte)'I', 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00 };
        tiff.AddRange([0x01, 0x00, 0x25, 0x88, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00, 0x1A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
        tiff.AddRange([0x01, 0x00, 0x01, 0x00, 0x02, 0x00, 0x02, 0x00, 0x00, 0x00, (byte)'N', 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF) }.Concat(payload);
        return jpeg.Take(2).Concat(segment).Concat(jpeg.Skip(2)).ToArray();
    }

    public static bool HasExif(byte[] content) => IndexOf(content, "Exif"u8.ToArray()) >= 0;

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        return -1;
    }
}
