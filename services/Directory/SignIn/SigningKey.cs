namespace WardPlatform.Directory.SignIn;

/// <summary>
/// The OpenID Connect server's RSA keys, kept in the database so that tokens stay valid across restarts and
/// every directory instance signs with the same key. Use is "sig" (token signatures) or "enc" (encryption of
/// authorization codes and refresh tokens).
/// </summary>
public sealed class SigningKey
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Use { get; init; }
    /// <summary>PKCS#8 private key, PEM.</summary>
    public required string PrivateKeyPem { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
