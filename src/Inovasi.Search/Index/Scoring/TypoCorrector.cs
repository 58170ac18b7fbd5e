using Inovasi.Search.Index.Internal;

namespace Inovasi.Search.Index.Scoring;

/// <summary>A correction of an unknown word: a corpus word, its term, and the edit distance.</summary>
internal readonly record struct Correction(string Word, int Term, int Distance);

/// <summary>
/// Corrects a word unknown to the index to the closest corpus words: one edit from 5 letters, two from 9
/// (the habit of good search boxes, DOMAIN.md), an edit being an insertion, deletion, substitution or
/// transposition of adjacent letters (optimal string alignment). Closer words first, then the more frequent.
/// </summary>
internal static class TypoCorrector
{
    public const int MaxCorrections = 3;

    public static int AllowedEdits(int length) => length >= 9 ? 2 : length >= 5 ? 1 : 0;

    public static IReadOnlyList<Correction> Correct(Snapshot snapshot, string word)
    {
        var maxEdits = AllowedEdits(word.Length);
        if (maxEdits == 0 || word.Length > Lexicon.MaxWordLength)
        {
            return [];
        }

        var lexicon = snapshot.Lexicon;
        var found = new List<Correction>();
        var minLength = Math.Max(1, word.Length - maxEdits);
        var maxLength = Math.Min(Lexicon.MaxWordLength, word.Length + maxEdits);
        var rows = new int[3 * (Lexicon.MaxWordLength + 1)];
        for (var i = lexicon.LengthStarts[minLength]; i < lexicon.LengthStarts[maxLength + 1]; i++)
        {
            var candidate = lexicon.Words[i];
            var distance = Distance(word, candidate, maxEdits, rows);
            if (distance <= maxEdits)
            {
                found.Add(new Correction(candidate, lexicon.WordTerms[i], distance));
            }
        }

        if (found.Count == 0)
        {
            return [];
        }

        found.Sort((a, b) =>
            a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance)
            : snapshot.DocumentFrequency(a.Term) != snapshot.DocumentFrequency(b.Term)
                ? snapshot.DocumentFrequency(b.Term).CompareTo(snapshot.DocumentFrequency(a.Term))
            : string.CompareOrdinal(a.Word, b.Word));
        var result = new List<Correction>(MaxCorrections);
        foreach (var c in found)
        {
            var duplicate = false;
            foreach (var r in result)
            {
                duplicate |= r.Term == c.Term;
            }

            if (!duplicate)
            {
                result.Add(c);
                if (result.Count == MaxCorrections)
                {
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>Optimal string alignment distance, or <paramref name="max"/> + 1 as soon as it must exceed it.</summary>
    internal static int Distance(string a, string b, int max, int[] rows)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var width = b.Length + 1;
        var prev2 = rows.AsSpan(0, width);
        var prev = rows.AsSpan(width, width);
        var current = rows.AsSpan(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, current[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                current[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var rotated = prev2;
            prev2 = prev;
            prev = current;
            current = rotated;
        }

        return Math.Min(prev[b.Length], max + 1);
    }
}
