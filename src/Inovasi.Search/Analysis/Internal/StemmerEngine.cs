namespace Inovasi.Search.Analysis.Internal;

/// <summary>
/// The affix rules of Tala (2003), "A Study of Stemming Effects on Information Retrieval in Bahasa Indonesia",
/// section 3 (as implemented by Lucene's and Snowball's Indonesian stemmers), extended with a search over the
/// alternative analyses that the sound changes leave open, resolved with a lexicon of attested roots.
/// </summary>
/// <remarks>
/// <para>Input: lower-case ASCII letters only (the analyzer folds first); anything else is returned unchanged.</para>
/// <para>Choice of stem, in order:</para>
/// <list type="number">
/// <item>Among all analyses (up to three prefixes, one derivational suffix, each sound change undone every
/// possible way), the attested root with the most affixes removed; ties go to the more frequent root. Roots of
/// one syllable count only when they are the whole word.</item>
/// <item>When only the whole word (or it without its inflections) is attested but Tala's path strips a noun
/// confix (a prefix with -an, e.g. ke-...-an), Tala's result: a confix is stronger evidence than the lexicon's silence.</item>
/// <item>Otherwise Tala's deterministic path alone (Snowball's reading of it).</item>
/// </list>
/// <para>Two guards keep both paths honest: no stem shorter than three letters, and a prefix is only removed when
/// what remains can start an Indonesian word (a vowel, a consonant and a vowel, or a known cluster), which keeps
/// acronyms such as <c>disdukcapil</c> whole.</para>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
/// </remarks>
internal sealed class StemmerEngine
{
    /// <summary>Longer words are returned unchanged (they are not Indonesian words).</summary>
    public const int MaxWordLength = 40;

    /// <summary>No stem shorter than this is produced from a longer word.</summary>
    public const int MinStemLength = 3;

    private const int MaxCandidates = 64;
    private const int MaxPrefixes = 3;

    /// <summary>
    /// How much one more affix removed outweighs the log of the attestation weight: a deeper analysis wins unless
    /// the shallower one is attested e^DepthBonus times as often (nilai over nila + -i, terima over ter- + ima).
    /// </summary>
    private const double DepthBonus = 3.0;

    private readonly RootLexicon _lexicon;

    public StemmerEngine(RootLexicon lexicon) => _lexicon = lexicon;

    public RootLexicon Lexicon => _lexicon;

    /// <summary>Stems <paramref name="word"/> into <paramref name="destination"/> (at least as long as the word).</summary>
    /// <returns>The length of the stem.</returns>
    public int Stem(ReadOnlySpan<char> word, Span<char> destination, StemmingMode mode)
    {
        if (mode == StemmingMode.None || word.Length <= MinStemLength || word.Length > MaxWordLength || !IsLowerAscii(word))
        {
            word.CopyTo(destination);
            return word.Length;
        }

        var baseLength = RemoveInflection(word, out var afterParticle, out var afterPossessive);
        if (mode == StemmingMode.Inflectional)
        {
            word[..baseLength].CopyTo(destination);
            return baseLength;
        }

        return StemDerivational(word, baseLength, afterParticle, afterPossessive, destination);
    }

    /// <summary>
    /// Tala's inflectional step: a particle (-kah, -lah, -pun), then a possessive pronoun (-ku, -mu, -nya), each
    /// only from a word of more than two syllables, or for -nya when what remains is attested (haknya → hak). The lexicon vetoes a strip that would turn an attested word
    /// into an unattested one (<c>sekolah</c> is not <c>seko</c> + -lah).
    /// </summary>
    private int RemoveInflection(ReadOnlySpan<char> word, out int afterParticle, out int afterPossessive)
    {
        var length = word.Length;
        afterParticle = length;
        if ((word.EndsWith("kah") || word.EndsWith("lah") || word.EndsWith("pun")) && length - 3 >= MinStemLength
            && CountVowels(word) > 2)
        {
            afterParticle = length - 3;
        }

        afterPossessive = afterParticle;
        var rest = word[..afterParticle];
        var cut = rest.EndsWith("nya") ? 3 : rest.EndsWith("ku") || rest.EndsWith("mu") ? 2 : 0;
        if (cut > 0 && afterParticle - cut >= MinStemLength
            && (CountVowels(rest) > 2 || (cut == 3 && CountVowels(rest[..^cut]) > 0 && _lexicon.Weight(rest[..^cut]) > 0)))
        {
            afterPossessive = afterParticle - cut;
        }

        if (afterPossessive == length)
        {
            return length;
        }

        // Most stripped attested form wins; with none attested, Tala's full strip.
        if (_lexicon.Weight(word[..afterPossessive]) > 0)
        {
            return afterPossessive;
        }

        if (afterParticle != afterPossessive && _lexicon.Weight(word[..afterParticle]) > 0)
        {
            return afterParticle;
        }

        return _lexicon.Weight(word) > 0 ? length : afterPossessive;
    }

    /// <summary>
    /// Scores every analysis of the word and of its inflection-stripped forms. A possessive counts as one affix
    /// removed (<c>bertanya</c> is ber- + tanya, not berta + -nya); a particle counts as none, since -lah also
    /// ends roots (<c>masalah</c>, <c>sekolah</c>): there the weights alone decide.
    /// </summary>
    private int StemDerivational(ReadOnlySpan<char> whole, int baseLength, int afterParticle, int afterPossessive, Span<char> destination)
    {
        var word = whole[..baseLength];
        Span<char> arena = stackalloc char[MaxCandidates * MaxWordLength];
        Span<int> meta = stackalloc int[MaxCandidates * 4];
        var candidates = new CandidateSet(arena, meta);
        var start = candidates.Add(whole, 0, Affix.None);
        Explore(ref candidates, start, Affix.None, Affix.None, 0, Affix.None);
        if (afterParticle < whole.Length)
        {
            start = candidates.Add(whole[..afterParticle], 0, Affix.Inflected);
            if (start >= 0)
            {
                Explore(ref candidates, start, Affix.None, Affix.None, 0, Affix.None);
            }
        }

        if (afterPossessive < afterParticle)
        {
            start = candidates.Add(whole[..afterPossessive], 1, Affix.Inflected);
            if (start >= 0)
            {
                Explore(ref candidates, start, Affix.None, Affix.None, 0, Affix.None);
            }
        }

        var best = -1;
        var bestAffixes = Affix.None;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < candidates.Count; i++)
        {
            var text = candidates.Text(i);
            var depth = candidates.Depth(i);
            var affixes = candidates.Affixes(i);
            if (depth > 0 && CountVowels(text) < 2 && (affixes & (Affix.Monosyllabic | Affix.Inflected)) == 0)
            {
                continue;
            }

            // ke- alone is not a productive prefix (kepala, keluarga, keranjang are roots): it needs the confix
            // ke-...-an, or -i inside di-/meN- (di-ke-tahu-i).
            if ((affixes & Affix.Ke) != 0 && (affixes & Affix.An) == 0
                && !((affixes & Affix.I) != 0 && (affixes & (Affix.Di | Affix.MeN)) != 0))
            {
                continue;
            }

            var weight = _lexicon.Weight(text);
            if (weight == 0)
            {
                continue;
            }

            var score = Math.Log(weight) + (DepthBonus * depth);
            if (score > bestScore)
            {
                best = i;
                bestAffixes = affixes;
                bestScore = score;
            }
        }

        Span<char> tala = stackalloc char[word.Length];
        var talaLength = TalaPath(word, tala, out var confix);
        if (best >= 0 && !(confix && (bestAffixes & ~Affix.Inflected) == Affix.None))
        {
            var chosen = candidates.Text(best);
            chosen.CopyTo(destination);
            return chosen.Length;
        }

        tala[..talaLength].CopyTo(destination);
        return talaLength;
    }

    /// <summary>
    /// Adds every analysis reachable from candidate <paramref name="node"/>: one derivational suffix and up to
    /// three prefixes, in the combinations Indonesian allows (Tala's confix restrictions).
    /// </summary>
    private static void Explore(ref CandidateSet set, int node, Affix outer, Affix prefixes, int prefixCount, Affix suffix)
    {
        var text = set.Text(node);
        var depth = set.Depth(node);
        if (CountVowels(text) <= ((prefixes & Affix.Monosyllabic) != 0 ? 1 : 2))
        {
            return;
        }

        if (suffix == Affix.None)
        {
            TrySuffix(ref set, text, depth, outer, prefixes, prefixCount, "kan", Affix.Kan);
            TrySuffix(ref set, text, depth, outer, prefixes, prefixCount, "an", Affix.An);
            // Tala keeps -si whole (aplikasi); as a candidate, awas + -i is fine: the lexicon must attest it.
            TrySuffix(ref set, text, depth, outer, prefixes, prefixCount, "i", Affix.I);
        }

        if (prefixCount >= MaxPrefixes)
        {
            return;
        }

        // Each rule: Tala's prefix table with every sound change undone every way it could have happened
        // (meN- + t/p/k/s drop the consonant; before a vowel the root may also begin with that vowel or nasal).
        if (text.StartsWith("meng"))
        {
            if (text.StartsWith("menge"))
            {
                TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.MeN | Affix.Monosyllabic, '\0', text[5..]);
            }

            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.MeN, '\0', text[4..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.MeN, 'k', text[4..]);
        }
        else if (text.StartsWith("meny"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.MeN, 's', text[4..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.MeN, '\0', text[2..]);
        }
        else if (text.StartsWith("men"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.MeN, 't', text[3..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.MeN, '\0', text[2..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.MeN, '\0', text[3..]);
        }
        else if (text.StartsWith("mem"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.MeN, 'p', text[3..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.MeN, '\0', text[2..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.MeN, '\0', text[3..]);
        }
        else if (text.StartsWith("me"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.MeN, '\0', text[2..]);
        }
        else if (text.StartsWith("peng"))
        {
            if (text.StartsWith("penge"))
            {
                TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.PeN | Affix.Monosyllabic, '\0', text[5..]);
            }

            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.PeN, '\0', text[4..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.PeN, 'k', text[4..]);
        }
        else if (text.StartsWith("peny"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.PeN, 's', text[4..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Pe, '\0', text[2..]);
        }
        else if (text.StartsWith("pen"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.PeN, 't', text[3..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.PeN, '\0', text[3..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Pe, '\0', text[2..]);
        }
        else if (text.StartsWith("pem"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.PeN, 'p', text[3..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.PeN, '\0', text[3..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Pe, '\0', text[2..]);
        }
        else if (text.StartsWith("per"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Per, '\0', text[3..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Pe, '\0', text[2..]);
        }
        else if (text.StartsWith("pel") && text.StartsWith("pelajar"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Pe, '\0', text[3..]);
        }
        else if (text.StartsWith("pe") && !IsVowel(text[2]))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Pe, '\0', text[2..]);
        }
        else if (text.StartsWith("ber"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Ber, '\0', text[3..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Ber, '\0', text[2..]);
        }
        else if (text.StartsWith("belajar") || (text.StartsWith("be") && text.Length > 4 && !IsVowel(text[2]) && text[3] == 'e' && text[4] == 'r'))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Ber, '\0', text.StartsWith("bel") ? text[3..] : text[2..]);
        }
        else if (text.StartsWith("ter"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Ter, '\0', text[3..]);
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Ter, '\0', text[2..]);
        }
        else if (text.StartsWith("te") && text.Length > 4 && !IsVowel(text[2]) && text[3] == 'e' && text[4] == 'r')
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Ter, '\0', text[2..]);
        }
        else if (text.StartsWith("di"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Di, '\0', text[2..]);
        }
        else if (text.StartsWith("ke"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Ke, '\0', text[2..]);
        }
        else if (text.StartsWith("se"))
        {
            TryPrefix(ref set, depth, outer, prefixes, prefixCount, suffix, Affix.Se, '\0', text[2..]);
        }
    }

    private static void TrySuffix(ref CandidateSet set, ReadOnlySpan<char> text, int depth, Affix outer, Affix prefixes, int prefixCount, string ending, Affix suffix)
    {
        if (!text.EndsWith(ending) || text.Length - ending.Length < MinStemLength || !Compatible(outer, suffix))
        {
            return;
        }

        var node = set.Add(text[..^ending.Length], depth + 1, prefixes | suffix);
        if (node >= 0)
        {
            Explore(ref set, node, outer, prefixes, prefixCount, suffix);
        }
    }

    private static void TryPrefix(ref CandidateSet set, int depth, Affix outer, Affix prefixes, int prefixCount, Affix suffix, Affix prefix, char head, ReadOnlySpan<char> rest)
    {
        var length = rest.Length + (head == '\0' ? 0 : 1);
        var kind = prefix & ~Affix.Monosyllabic;
        // The suffix pairs with the outermost prefix only (ke-[ter-sedia]-an, peN-[ber-daya]-an).
        if (length < MinStemLength || (prefixes & kind) != 0 || (outer == Affix.None && !Compatible(kind, suffix))
            || !MayFollow(prefixes & ~Affix.Monosyllabic, kind))
        {
            return;
        }

        if (head != '\0' && !IsVowel(rest[0]))
        {
            return;
        }

        if (head == '\0' && !CanStartWord(rest))
        {
            return;
        }

        var node = set.Add(head, rest, depth + 1, prefixes | prefix | suffix);
        if (node >= 0)
        {
            Explore(ref set, node, outer == Affix.None ? kind : outer, prefixes | prefix, prefixCount + 1, suffix);
        }
    }

    /// <summary>Which prefix may follow the ones already removed (outermost first).</summary>
    private static bool MayFollow(Affix before, Affix prefix)
    {
        if (before == Affix.None)
        {
            return true;
        }

        const Affix SecondOrder = Affix.Ber | Affix.Per | Affix.Pe;
        return prefix switch
        {
            Affix.MeN or Affix.Di or Affix.Se => false,
            Affix.PeN => (before & ~(Affix.Ke | Affix.Ber)) == 0,
            Affix.Ke => (before & ~(Affix.Di | Affix.Ber | Affix.Per)) == 0,
            Affix.Ter => (before & ~(Affix.Ke | Affix.Di)) == 0,
            _ => (before & SecondOrder) == 0,
        };
    }

    /// <summary>
    /// Tala's confix restrictions: -kan never with ke-/peN-/pe-, -an never with di-/meN-/ter-, -i never with
    /// ber-/ke-/peN- (except after an outer di-/meN-: di-ke-tahu-i); and (Asian et al.'s confix stripping) se-
    /// takes neither -kan nor -i.
    /// </summary>
    private static bool Compatible(Affix prefixes, Affix suffix) => suffix switch
    {
        Affix.Kan => (prefixes & (Affix.Ke | Affix.PeN | Affix.Pe | Affix.Se)) == 0,
        Affix.An => (prefixes & (Affix.Di | Affix.MeN | Affix.Ter)) == 0,
        Affix.I => (prefixes & (Affix.Ber | Affix.PeN | Affix.Se)) == 0
            && ((prefixes & Affix.Ke) == 0 || (prefixes & (Affix.Di | Affix.MeN)) != 0),
        _ => true,
    };

    /// <summary>
    /// Tala's deterministic path (first-order prefix, then suffix, then second-order prefix; or second-order
    /// prefix then suffix), each step only while the word has more than two syllables.
    /// </summary>
    /// <param name="word">The word after inflectional stripping.</param>
    /// <param name="destination">Receives the stem.</param>
    /// <param name="confix">True when a prefix and the noun suffix -an were removed together (ke-...-an,
    /// pe(N)-...-an, per-...-an, ber-...-an).</param>
    /// <returns>The stem length.</returns>
    internal static int TalaPath(ReadOnlySpan<char> word, Span<char> destination, out bool confix)
    {
        word.CopyTo(destination);
        var length = word.Length;
        var flags = Affix.None;
        var removedPrefix = false;
        var removedSuffix = false;

        var firstOrder = CountVowels(destination[..length]) > 2 && RemoveFirstOrderPrefix(destination, ref length, ref flags);
        var suffixRemoved = firstOrder && CountVowels(destination[..length]) > 2
            && RemoveSuffix(destination, ref length, flags, out removedSuffix);

        // ke- alone is not a productive prefix (kepala, keranjang): without -an, undo it.
        if (firstOrder && (flags & Affix.Ke) != 0 && !removedSuffix)
        {
            word.CopyTo(destination);
            length = word.Length;
            flags = Affix.None;
            firstOrder = false;
            suffixRemoved = false;
        }

        if (firstOrder)
        {
            removedPrefix = true;
            if (suffixRemoved && CountVowels(destination[..length]) > 2)
            {
                RemoveSecondOrderPrefix(destination, ref length, ref flags);
            }
        }
        else
        {
            if (CountVowels(destination[..length]) > 2 && RemoveSecondOrderPrefix(destination, ref length, ref flags))
            {
                removedPrefix = true;
            }

            if (CountVowels(destination[..length]) > 2 && RemoveSuffix(destination, ref length, flags, out var nounSuffix))
            {
                removedSuffix = nounSuffix;
            }
        }

        confix = removedPrefix && removedSuffix;
        return length;
    }

    private static bool RemoveFirstOrderPrefix(Span<char> s, ref int length, ref Affix flags)
    {
        ReadOnlySpan<char> t = s[..length];
        if (t.StartsWith("meng"))
        {
            return Cut(s, ref length, 4, '\0', ref flags, Affix.MeN);
        }

        if (t.StartsWith("meny") && length > 4 && IsVowel(t[4]))
        {
            return Cut(s, ref length, 4, 's', ref flags, Affix.MeN);
        }

        // Snowball deletes men-/pen- before a vowel (menulis -> ulis); vowel-initial roots take meng-/peng-, so
        // the dropped consonant is t (menulis -> tulis, penonton -> tonton), as Lucene does for pen-.
        if (t.StartsWith("men"))
        {
            return Cut(s, ref length, 3, length > 3 && IsVowel(t[3]) ? 't' : '\0', ref flags, Affix.MeN);
        }

        if (t.StartsWith("mem"))
        {
            return Cut(s, ref length, 3, length > 3 && IsVowel(t[3]) ? 'p' : '\0', ref flags, Affix.MeN);
        }

        if (t.StartsWith("me"))
        {
            return Cut(s, ref length, 2, '\0', ref flags, Affix.MeN);
        }

        if (t.StartsWith("peng"))
        {
            return Cut(s, ref length, 4, '\0', ref flags, Affix.PeN);
        }

        if (t.StartsWith("peny") && length > 4 && IsVowel(t[4]))
        {
            return Cut(s, ref length, 4, 's', ref flags, Affix.PeN);
        }

        if (t.StartsWith("peny"))
        {
            return Cut(s, ref length, 4, '\0', ref flags, Affix.PeN);
        }

        if (t.StartsWith("pen"))
        {
            return Cut(s, ref length, 3, length > 3 && IsVowel(t[3]) ? 't' : '\0', ref flags, Affix.PeN);
        }

        if (t.StartsWith("pem"))
        {
            return Cut(s, ref length, 3, length > 3 && IsVowel(t[3]) ? 'p' : '\0', ref flags, Affix.PeN);
        }

        if (t.StartsWith("di"))
        {
            return Cut(s, ref length, 2, '\0', ref flags, Affix.Di);
        }

        if (t.StartsWith("ter"))
        {
            return Cut(s, ref length, 3, '\0', ref flags, Affix.Ter);
        }

        return t.StartsWith("ke") && Cut(s, ref length, 2, '\0', ref flags, Affix.Ke);
    }

    private static bool RemoveSecondOrderPrefix(Span<char> s, ref int length, ref Affix flags)
    {
        ReadOnlySpan<char> t = s[..length];
        if (t.StartsWith("ber"))
        {
            return Cut(s, ref length, 3, '\0', ref flags, Affix.Ber);
        }

        if (t.SequenceEqual("belajar"))
        {
            return Cut(s, ref length, 3, '\0', ref flags, Affix.Ber);
        }

        if (t.StartsWith("be") && length > 4 && !IsVowel(t[2]) && t[3] == 'e' && t[4] == 'r')
        {
            return Cut(s, ref length, 2, '\0', ref flags, Affix.Ber);
        }

        if (t.StartsWith("per"))
        {
            return Cut(s, ref length, 3, '\0', ref flags, Affix.Per);
        }

        if (t.SequenceEqual("pelajar"))
        {
            return Cut(s, ref length, 3, '\0', ref flags, Affix.Pe);
        }

        return t.StartsWith("pe") && Cut(s, ref length, 2, '\0', ref flags, Affix.Pe);
    }

    private static bool RemoveSuffix(Span<char> s, ref int length, Affix flags, out bool nounSuffix)
    {
        ReadOnlySpan<char> t = s[..length];
        nounSuffix = false;
        if (t.EndsWith("kan") && Compatible(flags, Affix.Kan) && length - 3 >= MinStemLength)
        {
            length -= 3;
            return true;
        }

        if (t.EndsWith("an") && Compatible(flags, Affix.An) && length - 2 >= MinStemLength)
        {
            length -= 2;
            nounSuffix = true;
            return true;
        }

        if (t.EndsWith("i") && !t.EndsWith("si") && Compatible(flags, Affix.I) && length - 1 >= MinStemLength)
        {
            length -= 1;
            return true;
        }

        return false;
    }

    /// <summary>Removes <paramref name="count"/> leading letters, optionally restoring a dropped consonant.</summary>
    private static bool Cut(Span<char> s, ref int length, int count, char head, ref Affix flags, Affix prefix)
    {
        var keep = head == '\0' ? count : count - 1;
        var newLength = length - keep;
        ReadOnlySpan<char> rest = s[count..length];
        if (newLength < MinStemLength || rest.IsEmpty || (head == '\0' && !CanStartWord(rest)))
        {
            return false;
        }

        s[keep..length].CopyTo(s);
        if (head != '\0')
        {
            s[0] = head;
        }

        length = newLength;
        flags |= prefix;
        return true;
    }

    /// <summary>
    /// Whether text can begin an Indonesian word: a vowel, a consonant before a vowel, or a known onset
    /// cluster (digraphs kh, ng, ny, sy and the clusters of loans: bl, br, dr, fl, fr, gl, gr, kl, kr, pl, pr,
    /// ps, sk, sl, sm, sn, sp, st, sw, tr).
    /// </summary>
    internal static bool CanStartWord(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        if (IsVowel(text[0]) || text.Length == 1 || IsVowel(text[1]))
        {
            return true;
        }

        return (text[0], text[1]) switch
        {
            ('k', 'h') or ('n', 'g') or ('n', 'y') or ('s', 'y') => true,
            ('b', 'l') or ('b', 'r') or ('d', 'r') or ('f', 'l') or ('f', 'r') or ('g', 'l') or ('g', 'r') => true,
            ('k', 'l') or ('k', 'r') or ('p', 'l') or ('p', 'r') or ('p', 's') or ('t', 'r') => true,
            ('s', 'k') or ('s', 'l') or ('s', 'm') or ('s', 'n') or ('s', 'p') or ('s', 't') or ('s', 'w') => true,
            _ => false,
        };
    }

    internal static int CountVowels(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsVowel(c))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    internal static bool IsLowerAscii(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    [Flags]
    private enum Affix
    {
        None = 0,
        MeN = 1,
        PeN = 2,
        Di = 4,
        Ter = 8,
        Ke = 16,
        Ber = 32,
        Per = 64,
        Pe = 128,
        Se = 256,
        Kan = 512,
        An = 1024,
        I = 2048,

        /// <summary>Reached through menge-/penge-, which only come before roots of one syllable.</summary>
        Monosyllabic = 4096,

        /// <summary>A form with only inflectional suffixes removed (haknya → hak): any length of root is fine.</summary>
        Inflected = 8192,
    }

    /// <summary>Candidate analyses, stored in caller-provided stack memory.</summary>
    private ref struct CandidateSet
    {
        private readonly Span<char> _arena;
        private readonly Span<int> _meta;
        private int _used;

        public CandidateSet(Span<char> arena, Span<int> meta)
        {
            _arena = arena;
            _meta = meta;
            _used = 0;
            Count = 0;
        }

        public int Count { get; private set; }

        public readonly ReadOnlySpan<char> Text(int index) => _arena.Slice(_meta[index * 4], _meta[(index * 4) + 1]);

        public readonly int Depth(int index) => _meta[(index * 4) + 2];

        public readonly Affix Affixes(int index) => (Affix)_meta[(index * 4) + 3];

        public int Add(ReadOnlySpan<char> text, int depth, Affix affixes) => Add('\0', text, depth, affixes);

        /// <summary>Adds <paramref name="head"/> (unless NUL) followed by <paramref name="rest"/>; -1 when full.</summary>
        public int Add(char head, ReadOnlySpan<char> rest, int depth, Affix affixes)
        {
            var length = rest.Length + (head == '\0' ? 0 : 1);
            if (Count >= MaxCandidates || _used + length > _arena.Length)
            {
                return -1;
            }

            var target = _arena.Slice(_used, length);
            if (head != '\0')
            {
                target[0] = head;
                rest.CopyTo(target[1..]);
            }
            else
            {
                rest.CopyTo(target);
            }

            _meta[Count * 4] = _used;
            _meta[(Count * 4) + 1] = length;
            _meta[(Count * 4) + 2] = depth;
            _meta[(Count * 4) + 3] = (int)affixes;
            _used += length;
            return Count++;
        }
    }
}
