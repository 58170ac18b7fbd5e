using Inovasi.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Inovasi.Web.Security;

/// <summary>The editors from configuration, and password checks against their PBKDF2 hashes.</summary>
/// <remarks><threadsafety>Thread-safe; reads the options as configured at start-up.</threadsafety></remarks>
public sealed class EditorDirectory(IOptions<InovasiWebOptions> options)
{
    /// <summary>The editor named <paramref name="userName"/> when <paramref name="password"/> is theirs.</summary>
    /// <param name="userName">The user name typed.</param>
    /// <param name="password">The password typed.</param>
    /// <returns>The editor, or <see langword="null"/> when the name or password is wrong.</returns>
    public EditorAccount? Verify(string? userName, string? password)
    {
        var account = options.Value.Editors.FirstOrDefault(e =>
            !string.IsNullOrEmpty(e.UserName) && string.Equals(e.UserName, userName?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (account is null || string.IsNullOrEmpty(password))
        {
            // Check against a real editor's hash anyway (and ignore the answer), so that an unknown user name
            // costs as much time as a wrong password and cannot be told apart by timing.
            if (options.Value.Editors.FirstOrDefault()?.PasswordHash is { } decoy)
            {
                _ = PasswordHasher.Verify(password ?? "", decoy);
            }

            return null;
        }

        return PasswordHasher.Verify(password, account.PasswordHash) ? account : null;
    }
}
