namespace Inovasi.Search.Generation;

/// <summary>Options of <see cref="WriteupGenerator"/>: how many write-ups, from which seed, over which years.</summary>
/// <remarks>
/// <para>The same options always produce the same agencies and the same write-ups, byte for byte, on every
/// machine. Changing any option may change everything that follows from it.</para>
/// <para>Set the properties with an object initializer; the generator checks them when it is constructed.</para>
/// <threadsafety>Immutable once initialised.</threadsafety>
/// </remarks>
public sealed record GeneratorOptions
{
    /// <summary>The largest <see cref="Count"/> accepted.</summary>
    public const int MaxCount = 10_000_000;

    /// <summary>Number of write-ups to generate (originals and write-ups of copies together). Default 1,000.</summary>
    public int Count { get; init; } = 1_000;

    /// <summary>Seed of every random choice. Default 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Earliest year an innovation starts (<c>tahun</c>). Default 2014, the first KIPP year.</summary>
    public int FirstYear { get; init; } = 2014;

    /// <summary>
    /// Latest year of any innovation or replication. Default 2025, a fixed year so that output does not depend on
    /// the clock; a year after today would make the write-ups invalid (FORMAT.md forbids future years).
    /// </summary>
    public int LastYear { get; init; } = 2025;

    /// <summary>
    /// Number of regencies and cities (kabupaten/kota) whose governments make up the agency population, drawn
    /// from the 514 BPS regions; 0 (the default) scales it with <see cref="Count"/>:
    /// <c>clamp(ceil(Count / 350), 6, 514)</c>. Their provincial governments are always included.
    /// </summary>
    public int RegionCount { get; init; }

    /// <summary>Kecamatan per regency or city, each with its own kecamatan office and puskesmas. Default 3.</summary>
    public int KecamatanPerRegion { get; init; } = 3;

    /// <summary>The region count that applies: <see cref="RegionCount"/>, or the scaled default when it is 0.</summary>
    /// <returns>Between 1 and 514.</returns>
    public int EffectiveRegionCount() =>
        RegionCount > 0 ? RegionCount : Math.Clamp((int)((Count + 349L) / 350), 6, 514);
}
