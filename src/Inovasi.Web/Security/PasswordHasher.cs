using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Inovasi.Web.Security;

/// <summary>PBKDF2 (RFC 8018) password hashes with HMAC-SHA256, stored as
/// <c>pbkdf2-sha256$iterations$salt$hash</c>.</summary>
/// <remarks><threadsafety>Stateless; thread-safe.</threadsafety></remarks>
public static class PasswordHasher
{
    private const string Prefix = "pbkdf2-sha256";

    /// <summary>Iterations for new hashes: OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.</summary>
    public const int DefaultIterations = 600_000;

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Hashes a password with a fresh random salt.</summary>
    /// <param name="password">The password.</param>
    /// <param name="iterations">PBKDF2 iterations.</param>
    /// <returns>The encoded hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="password"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iterations"/> is below 1.</exception>
    public static string Hash(string password, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Prefix}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>Checks a password against an encoded hash in constant time.</summary>
    /// <param name="password">The password typed.</param>
    /// <param name="encoded">The stored hash; a malformed hash never verifies.</param>
    /// <returns>Whether the password matches.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Verify(string password, string encoded)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(encoded);
        var parts = encoded.Split('$');
        if (parts.Length != 4 || !string.Equals(parts[0], Prefix, StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        byte[] salt;
        byte[] expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        if (expected.Length == 0)
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
