using System.Globalization;

namespace Inovasi.Cli.Commands;

/// <summary>An inclusive range of years from <c>--tahun</c>: <c>2019</c>, <c>2017..2020</c>, <c>2017..</c> or <c>..2020</c>.</summary>
/// <param name="From">First year, inclusive, or <see langword="null"/> for no lower bound.</param>
/// <param name="To">Last year, inclusive, or <see langword="null"/> for no upper bound.</param>
internal readonly record struct YearRange(int? From, int? To)
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says why, naming the value.</summary>
    public static bool TryParse(string text, out YearRange range, out string error)
    {
        range = default;
        error = "";
        var span = text.AsSpan().Trim();
        var dots = span.IndexOf("..", StringComparison.Ordinal);
        var fromText = dots < 0 ? span : span[..dots];
        var toText = dots < 0 ? span : span[(dots + 2)..];
        if (!TryYear(fromText, out var from) || !TryYear(toText, out var to) || (from is null && to is null))
        {
            error = $"--tahun \"{text}\" tidak dikenali: tulis satu tahun (2019) atau rentang (2017..2020, 2017.., ..2020).";
            return false;
        }

        if (from > to)
        {
            error = $"--tahun \"{text}\": tahun awal {from} sesudah tahun akhir {to}.";
            return false;
        }

        range = new YearRange(from, to);
        return true;
    }

    private static bool TryYear(ReadOnlySpan<char> text, out int? year)
    {
        year = null;
        if (text.IsEmpty)
        {
            return true;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            year = value;
            return true;
        }

        return false;
    }
}
