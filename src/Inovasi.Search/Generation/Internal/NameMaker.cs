using System.Text;

namespace Inovasi.Search.Generation.Internal;

/// <summary>A generated innovation name: the title and, for acronyms, the long form it abbreviates.</summary>
internal readonly record struct InnovationName(string Title, string? LongForm);

/// <summary>
/// Makes innovation names the way Indonesian agencies do: syllable acronyms of a long form (Sitancap, Sipaten),
/// <c>Si-</c>/<c>E-</c> prefixes (Si-Surat, E-Disiplin), and short phrases (Jumat Berkah).
/// </summary>
internal static class NameMaker
{
    private static readonly string[] s_skip = ["dan", "di", "ke", "untuk", "bagi", "yang", "dari", "atau"];

    private static readonly string[] s_days = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];

    private static readonly string[] s_dayWords =
        ["Berkah", "Ceria", "Melayani", "Peduli", "Sehat", "Cepat", "Bersih", "Bersahabat", "Ramah", "Tuntas"];

    private static readonly string[] s_phraseHeads =
        ["Gerai", "Pojok", "Sahabat", "Rumah", "Kampung", "Lapak", "Teras", "Warung", "Gerakan", "Pintar"];

    /// <summary>Draws a name for an innovation about <paramref name="topic"/> that works by <paramref name="mechanism"/>.</summary>
    public static InnovationName Make(GeneratorRandom rng, Topic topic, Mechanism mechanism)
    {
        var main = MainWord(topic.Name);
        var style = rng.NextDouble();
        if (style < 0.55)
        {
            var longForm = rng.Pick(mechanism.Prefixes) + " " + topic.Name;
            var acronym = Acronym(rng, longForm);
            return new InnovationName(acronym, longForm);
        }

        if (style < 0.70)
        {
            return new InnovationName("Si-" + main, null);
        }

        if (style < 0.82)
        {
            return new InnovationName((mechanism.Digital ? "E-" : "Si-") + main, null);
        }

        if (style < 0.94)
        {
            return new InnovationName(rng.Pick(s_phraseHeads) + " " + main, null);
        }

        return new InnovationName(rng.Pick(s_days) + " " + rng.Pick(s_dayWords), null);
    }

    /// <summary>
    /// A syllable acronym of <paramref name="longForm"/>: the opening syllable of each significant word
    /// (open, <c>Si</c>, or closed, <c>Sis</c>), at most four words, as in <c>Sistem Informasi Akta</c> → Sisinak.
    /// </summary>
    public static string Acronym(GeneratorRandom rng, string longForm)
    {
        var sb = new StringBuilder(12);
        var words = 0;
        foreach (var raw in longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = Letters(raw);
            if (word.Length == 0 || Array.IndexOf(s_skip, word) >= 0)
            {
                continue;
            }

            sb.Append(Fragment(rng, word));
            if (++words == 4 || sb.Length >= 9)
            {
                break;
            }
        }

        if (sb.Length < 3)
        {
            sb.Append(Letters(longForm).AsSpan(0, Math.Min(3, Letters(longForm).Length)));
        }

        var lower = sb.ToString();
        var style = rng.NextDouble();
        return style < 0.25
            ? lower.ToUpperInvariant()
            : char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    /// <summary>A FORMAT.md slug of any text: lower-case ASCII letters and digits joined by single hyphens.</summary>
    public static string Slug(string text, int maxLength = 80)
    {
        var sb = new StringBuilder(text.Length);
        var hyphen = false;
        foreach (var ch in text)
        {
            var c = Fold(char.ToLowerInvariant(ch));
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (hyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                hyphen = false;
                sb.Append(c);
            }
            else
            {
                hyphen = true;
            }
        }

        if (sb.Length > maxLength)
        {
            sb.Length = maxLength;
        }

        var slug = sb.ToString().TrimEnd('-');
        return slug.Length == 0 ? "x" : slug;
    }

    /// <summary>Folds the accented Latin letters of region names (BPS has a few, e.g. Mageábume) to ASCII.</summary>
    private static char Fold(char c)
    {
        const string from = "àáâãäåèéêëìíîïòóôõöùúûüçñý";
        const string to = "aaaaaaeeeeiiiiooooouuuucny";
        var i = from.IndexOf(c, StringComparison.Ordinal);
        return i < 0 ? c : to[i];
    }

    private static string MainWord(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var w in words)
        {
            var lower = w.ToLowerInvariant();
            if (!lower.StartsWith("pe", StringComparison.Ordinal) && !lower.EndsWith("an", StringComparison.Ordinal)
                && Array.IndexOf(s_skip, lower) < 0 && w.Length >= 3)
            {
                return w;
            }
        }

        return words[^1];
    }

    private static string Letters(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static string Fragment(GeneratorRandom rng, string word)
    {
        var vowel = word.AsSpan().IndexOfAny("aiueo");
        if (vowel < 0)
        {
            return word[..Math.Min(3, word.Length)];
        }

        if (vowel == 0 && word.Length >= 2)
        {
            // A vowel-initial word keeps its next consonant (Izin → Iz, Anjungan → An), as in "Aladin".
            return word[..2];
        }

        var open = word[..(vowel + 1)];
        var closedAvailable = vowel + 1 < word.Length && !IsVowel(word[vowel + 1])
            && (vowel + 2 == word.Length || !IsVowel(word[vowel + 2]));
        return closedAvailable && rng.Chance(0.6) ? word[..(vowel + 2)] : open;
    }

    private static bool IsVowel(char c) => c is 'a' or 'i' or 'u' or 'e' or 'o';
}
