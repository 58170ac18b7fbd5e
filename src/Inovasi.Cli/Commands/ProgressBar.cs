using System.Diagnostics;
using System.Globalization;
using Inovasi.Search;

namespace Inovasi.Cli.Commands;

/// <summary>
/// A one-line progress bar redrawn in place on a terminal (<c>\r</c>), at most ten times a second; silent when
/// the writer is not a terminal, so logs and pipes stay clean.
/// </summary>
internal sealed class ProgressBar : IProgress<IndexProgress>, IDisposable
{
    private const int Width = 30;
    private static readonly long s_interval = Stopwatch.Frequency / 10;
    private readonly TextWriter _writer;
    private readonly bool _enabled;
    private long _lastDraw;
    private bool _drawn;

    public ProgressBar(TextWriter writer, bool enabled)
    {
        _writer = writer;
        _enabled = enabled;
    }

    public void Report(IndexProgress value)
    {
        if (!_enabled)
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        var done = value.Total > 0 && value.Done >= value.Total;
        if (!done && _drawn && now - _lastDraw < s_interval)
        {
            return;
        }

        _lastDraw = now;
        _drawn = true;
        _writer.Write('\r');
        _writer.Write(Render(value.Stage, value.Done, value.Total));
        _writer.Flush();
    }

    /// <summary>The bar as text, e.g. <c>membaca    [#########.....................]  30%  300/1000</c>.</summary>
    internal static string Render(IndexStage stage, int done, int total)
    {
        var fraction = total <= 0 ? 0d : Math.Clamp((double)done / total, 0d, 1d);
        var filled = (int)Math.Round(fraction * Width, MidpointRounding.ToZero);
        return string.Create(CultureInfo.InvariantCulture,
            $"{StageName(stage),-13}[{new string('#', filled)}{new string('.', Width - filled)}] {fraction * 100,3:0}%  {done}/{total}   ");
    }

    private static string StageName(IndexStage stage) => stage switch
    {
        IndexStage.Reading => "membaca",
        IndexStage.Analyzing => "menganalisis",
        IndexStage.Writing => "menulis",
        _ => "menyusun",
    };

    public void Dispose()
    {
        if (_drawn)
        {
            _writer.WriteLine();
            _writer.Flush();
        }
    }
}
