namespace Inovasi.Search.Generation.Internal;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018) seeded through SplitMix64: a small, fast generator whose output is
/// fixed by its seed on every platform and .NET version, unlike <see cref="Random"/>, whose algorithm may change.
/// </summary>
/// <remarks>
/// Only integer operations and IEEE-754 basic arithmetic are used downstream, never <c>Math.Exp</c> or
/// <c>Math.Log</c>, whose last bit may differ between platforms: the generator's decisions are bit-identical
/// everywhere. <threadsafety>Not thread-safe; one instance per stream.</threadsafety>
/// </remarks>
internal sealed class GeneratorRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a stream from a seed and any number of stream labels (e.g. purpose, index).</summary>
    public GeneratorRandom(long seed, params ReadOnlySpan<long> stream)
    {
        var x = unchecked((ulong)seed);
        foreach (var s in stream)
        {
            x = SplitMix(ref x) ^ unchecked((ulong)s * 0xD1B54A32D192ED03UL);
        }

        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="n"/>) (Lemire's multiply-shift; bias below 2^-32).</summary>
    public int Next(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        return (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>] (both inclusive).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A uniformly chosen element.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A uniformly chosen element of an array.</summary>
    public T Pick<T>(T[] items) => items[Next(items.Length)];

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        x = unchecked(x + 0x9E3779B97F4A7C15UL);
        var z = x;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
