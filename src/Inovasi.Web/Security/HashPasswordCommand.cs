using System.Text;

namespace Inovasi.Web.Security;

/// <summary><c>dotnet run --project src/Inovasi.Web -- hash-password</c>: reads a password (hidden when typed
/// at a terminal, or one line from standard input) and prints its PBKDF2 hash for the <c>Editors</c> setting.</summary>
internal static class HashPasswordCommand
{
    public const string Name = "hash-password";

    public static int Run(TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        string? password;
        if (interactive)
        {
            error.Write("Kata sandi: ");
            password = ReadHidden();
            error.WriteLine();
        }
        else
        {
            password = input.ReadLine();
        }

        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine("Kata sandi kosong; tidak ada hash yang dibuat.");
            return 1;
        }

        output.WriteLine(PasswordHasher.Hash(password));
        return 0;
    }

    private static string ReadHidden()
    {
        var sb = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                return sb.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (sb.Length > 0)
                {
                    sb.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                sb.Append(key.KeyChar);
            }
        }
    }
}
