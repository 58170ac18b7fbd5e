namespace Inovasi.Cli.Commands;

/// <summary>Process exit codes shared by the index commands.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>
    /// The work could not be done: the index could not be written or read, the database is missing, or the
    /// requested write-up is not in the index.
    /// </summary>
    public const int Failure = 1;

    /// <summary>Bad input on the command line (an unreadable <c>--tahun</c>, a folder that does not exist).</summary>
    public const int Usage = 2;
}
