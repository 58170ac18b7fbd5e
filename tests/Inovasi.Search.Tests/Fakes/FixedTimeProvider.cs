namespace Inovasi.Search.Tests.Fakes;

/// <summary>A clock stopped at one instant, so "in the future" rules do not depend on when tests run.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    /// <summary>1 July 2026, 12:00 UTC.</summary>
    public static FixedTimeProvider Mid2026 { get; } = new(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
