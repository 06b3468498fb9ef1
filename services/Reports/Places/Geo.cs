namespace WardPlatform.Reports.Places;

public static class Geo
{
    /// <summary>Vietnam's mainland and islands (Hoàng Sa, Trường Sa included), generously boxed.</summary>
    public static bool InVietnam(double latitude, double longitude) => latitude is >= 6.0 and <= 24.0 && longitude is >= 101.0 and <= 118.0;

    /// <summary>Great-circle distance in metres.</summary>
    public static double Metres(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6_371_000;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
              + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Half the side of a box around a point holding every point within <paramref name="metres"/>, in degrees.</summary>
    public static (double Lat, double Lon) Box(double latitude, double metres) =>
        (metres / 111_000.0, metres / (111_000.0 * Math.Max(0.2, Math.Cos(latitude * Math.PI / 180))));
}
