namespace Inovasi.Cli.Commands;

/// <summary>Whether a writer is an interactive terminal, so it may get ANSI emphasis and a redrawn progress bar.</summary>
internal static class Terminal
{
    /// <summary>ANSI: bold and underlined (a highlighted word in a snippet).</summary>
    public const string Emphasis = "\u001b[1;4m";

    /// <summary>ANSI: back to normal.</summary>
    public const string Reset = "\u001b[0m";

    /// <summary>Whether <paramref name="writer"/> is the console's standard output and that is a terminal.</summary>
    /// <remarks>Honours <c>NO_COLOR</c> (https://no-color.org): when set, never a terminal for emphasis.</remarks>
    public static bool IsOutputTerminal(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>Whether <paramref name="writer"/> is the console's standard error and that is a terminal.</summary>
    public static bool IsErrorTerminal(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
}
