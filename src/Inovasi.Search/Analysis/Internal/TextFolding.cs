using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Inovasi.Search.Analysis.Internal;

/// <summary>Character classes and folding (lower case, diacritics removed) for the tokenizer.</summary>
internal static class TextFolding
{
    /// <summary>Whether the scalar at <paramref name="index"/> is a letter or a digit (a word may start there).</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Index of a UTF-16 code unit.</param>
    /// <param name="length">The scalar's UTF-16 length (1 for a lone surrogate, which is never a word character).</param>
    public static bool IsLetterOrDigitAt(ReadOnlySpan<char> text, int index, out int length)
    {
        var c = text[index];
        if (c < 0x80)
        {
            length = 1;
            return IsAsciiLetterOrDigit(c);
        }

        if (Rune.DecodeFromUtf16(text[index..], out var rune, out length) != OperationStatus.Done)
        {
            return false;
        }

        return Rune.IsLetterOrDigit(rune);
    }

    /// <summary>Whether the scalar at <paramref name="index"/> continues a word: a letter, a digit or a combining mark.</summary>
    public static bool IsWordPartAt(ReadOnlySpan<char> text, int index, out int length)
    {
        var c = text[index];
        if (c < 0x80)
        {
            length = 1;
            return IsAsciiLetterOrDigit(c);
        }

        if (Rune.DecodeFromUtf16(text[index..], out var rune, out length) != OperationStatus.Done)
        {
            return false;
        }

        if (Rune.IsLetterOrDigit(rune))
        {
            return true;
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Hyphen-minus, hyphen and non-breaking hyphen join the parts of a compound.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Apostrophes inside a word (Jum'at, Qur'an) are dropped, joining its halves.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>
    /// Appends the folded form of the word part <paramref name="part"/> to <paramref name="destination"/> from
    /// <paramref name="written"/>: letters lower-cased with diacritics removed, combining marks and apostrophes
    /// dropped, digits and number separators kept. Stops silently when the destination is full.
    /// </summary>
    public static int AppendFolded(ReadOnlySpan<char> part, Span<char> destination, int written)
    {
        var i = 0;
        while (i < part.Length && written < destination.Length)
        {
            var c = part[i];
            if (c < 0x80)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    c = (char)(c | 0x20);
                }
                else if (IsApostrophe(c))
                {
                    i++;
                    continue;
                }

                destination[written++] = c;
                i++;
                continue;
            }

            if (IsApostrophe(c))
            {
                i++;
                continue;
            }

            if (c is >= FoldingTable.Latin1First and <= FoldingTable.Latin1Last)
            {
                destination[written++] = FoldingTable.Latin1[c - FoldingTable.Latin1First];
                i++;
                continue;
            }

            if (c is >= FoldingTable.LatinExtraFirst and <= FoldingTable.LatinExtraLast)
            {
                destination[written++] = FoldingTable.LatinExtra[c - FoldingTable.LatinExtraFirst];
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf16(part[i..], out var rune, out var consumed) != OperationStatus.Done)
            {
                i++;
                continue;
            }

            i += consumed;
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            if (written + lower.Utf16SequenceLength > destination.Length)
            {
                break;
            }

            written += lower.EncodeToUtf16(destination[written..]);
        }

        return written;
    }
}
