using FsCheck;
using FsCheck.Fluent;
using Inovasi.Web.Security;

namespace Inovasi.Web.Tests.Security;

public sealed class PasswordHasherTests
{
    [Fact]
    public void Hash_has_the_documented_format_and_a_fresh_salt()
    {
        var a = PasswordHasher.Hash("kata-sandi", 1000);
        var b = PasswordHasher.Hash("kata-sandi", 1000);
        Assert.StartsWith("pbkdf2-sha256$1000$", a, StringComparison.Ordinal);
        Assert.Equal(4, a.Split('$').Length);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Default_hash_uses_600000_iterations()
    {
        Assert.StartsWith("pbkdf2-sha256$600000$", PasswordHasher.Hash("x"), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_accepts_only_the_same_password() =>
        Prop.ForAll<NonNull<string>, NonNull<string>>((p, q) =>
        {
            var hash = PasswordHasher.Hash(p.Get, 10);
            return PasswordHasher.Verify(p.Get, hash) && PasswordHasher.Verify(q.Get, hash) == (p.Get == q.Get);
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$10$!!$AAAA")]
    [InlineData("pbkdf2-sha256$10$AAAA$")]
    [InlineData("sha1$10$AAAA$AAAA")]
    public void Malformed_hash_never_verifies(string encoded) =>
        Assert.False(PasswordHasher.Verify("", encoded));

    [Fact]
    public void Hash_password_command_prints_a_verifiable_hash()
    {
        using var input = new StringReader("sandi-baru\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, HashPasswordCommand.Run(input, output, error, interactive: false));
        Assert.True(PasswordHasher.Verify("sandi-baru", output.ToString().Trim()));
    }

    [Fact]
    public void Hash_password_command_refuses_an_empty_password()
    {
        using var input = new StringReader("");
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(1, HashPasswordCommand.Run(input, output, error, interactive: false));
        Assert.Equal("", output.ToString());
        Assert.Contains("kosong", error.ToString(), StringComparison.Ordinal);
    }
}
