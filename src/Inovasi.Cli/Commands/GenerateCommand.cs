using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Inovasi.Search.Generation;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Commands;

/// <summary>
/// <c>inovasi generate --count N --seed S --out DIR</c>: writes illustrative write-ups (docs/generator.md), a
/// thousand a folder by default, with progress on standard error and a summary at the end.
/// </summary>
internal static class GenerateCommand
{
    private static readonly UTF8Encoding s_utf8 = new(false);

    public static Command Create()
    {
        var count = new Option<int>("--count", "-n")
        {
            Description = "Jumlah tulisan contoh yang dibuat.",
            DefaultValueFactory = _ => 1_000,
        };
        var seed = new Option<long>("--seed", "-s")
        {
            Description = "Benih acak; benih yang sama menghasilkan berkas yang sama persis.",
            DefaultValueFactory = _ => 1,
        };
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Folder tujuan (dibuat bila belum ada).",
            Required = true,
        };
        var perFolder = new Option<int>("--per-folder")
        {
            Description = "Jumlah berkas per subfolder.",
            DefaultValueFactory = _ => 1_000,
        };
        var firstYear = new Option<int>("--first-year")
        {
            Description = "Tahun paling awal inovasi.",
            DefaultValueFactory = _ => new GeneratorOptions().FirstYear,
        };
        var lastYear = new Option<int>("--last-year")
        {
            Description = "Tahun paling akhir inovasi dan replikasi.",
            DefaultValueFactory = _ => new GeneratorOptions().LastYear,
        };
        var regions = new Option<int>("--regions")
        {
            Description = "Jumlah kabupaten/kota dalam populasi perangkat daerah (0 = menyesuaikan jumlah tulisan).",
            DefaultValueFactory = _ => 0,
        };
        count.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<int>();
            if (v is < 0 or > GeneratorOptions.MaxCount)
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture,
                    $"--count harus antara 0 dan {GeneratorOptions.MaxCount}, bukan {v}."));
            }
        });
        perFolder.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--per-folder harus paling sedikit 1.");
            }
        });

        var command = new Command("generate", "Buat tulisan inovasi contoh (ilustratif, bertag 'contoh') untuk uji, demo dan benchmark.")
        {
            count, seed, output, perFolder, firstYear, lastYear, regions,
        };
        command.SetAction(parse =>
        {
            var options = new GeneratorOptions
            {
                Count = parse.GetValue(count),
                Seed = parse.GetValue(seed),
                FirstYear = parse.GetValue(firstYear),
                LastYear = parse.GetValue(lastYear),
                RegionCount = parse.GetValue(regions),
            };
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            WriteupGenerator generator;
            try
            {
                generator = new WriteupGenerator(options);
            }
            catch (ArgumentOutOfRangeException e)
            {
                stderr.WriteLine($"inovasi generate: opsi tidak valid: {e.ParamName} = {e.ActualValue}.");
                return 2;
            }

            return Run(generator, parse.GetRequiredValue(output).FullName, parse.GetValue(perFolder), stdout, stderr);
        });
        return command;
    }

    private static int Run(WriteupGenerator generator, string root, int perFolder, TextWriter stdout, TextWriter stderr)
    {
        var total = generator.Options.Count;
        var digits = Math.Max(3, ((total - 1) / perFolder).ToString(CultureInfo.InvariantCulture).Length);
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        long originals = 0, copies = 0, replications = 0, bytes = 0;
        var folders = 0;
        var folder = root;
        var index = 0;

        // Generation is one sequential stream; rendering and writing the files run on writer threads (twice the
        // cores: the writes wait on the file system more than on the CPU).
        using var failed = new CancellationTokenSource();
        using var queue = new BlockingCollection<(string Folder, Innovation Innovation)>(boundedCapacity: 512);
        var writers = new Task[Math.Clamp(Environment.ProcessorCount * 2, 2, 8)];
        for (var w = 0; w < writers.Length; w++)
        {
            writers[w] = Task.Run(() =>
            {
                try
                {
                    foreach (var (target, innovation) in queue.GetConsumingEnumerable(failed.Token))
                    {
                        var data = s_utf8.GetBytes(WriteupWriter.Write(innovation));
                        File.WriteAllBytes(Path.Combine(target, innovation.Id + ".md"), data);
                        Interlocked.Add(ref bytes, data.Length);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed.Cancel();
                    throw;
                }
            });
        }

        try
        {
            Directory.CreateDirectory(root);
            foreach (var innovation in generator.Generate())
            {
                if (index % perFolder == 0)
                {
                    folder = Path.Combine(root, (index / perFolder).ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
                    Directory.CreateDirectory(folder);
                    folders++;
                }

                queue.Add((folder, innovation), failed.Token);
                if (innovation.OriginId is null)
                {
                    originals++;
                }
                else
                {
                    copies++;
                }

                replications += innovation.Replications.Count;
                index++;
                if (clock.Elapsed - lastReport >= TimeSpan.FromSeconds(interactive ? 0.25 : 5) || index == total)
                {
                    lastReport = clock.Elapsed;
                    var rate = index / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
                    stderr.Write(string.Create(CultureInfo.InvariantCulture,
                        $"{(interactive ? "\r" : "")}  {Number(index)}/{Number(total)} tulisan ({Number((long)rate)}/detik){(interactive ? "" : "\n")}"));
                }
            }

            queue.CompleteAdding();
            Task.WaitAll(writers);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException or AggregateException)
        {
            queue.CompleteAdding();
            var cause = writers.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!).FirstOrDefault()
                ?? (e as AggregateException)?.InnerException ?? e;
            stderr.WriteLine();
            stderr.WriteLine($"inovasi generate: gagal menulis ke {root}: {cause.Message}");
            return 1;
        }

        if (interactive && total > 0)
        {
            stderr.WriteLine();
        }

        var agencies = generator.Agencies;
        var regions = agencies.Select(a => a.Region).Distinct(StringComparer.Ordinal).Count();
        var provinces = agencies.Select(a => a.Province).Distinct(StringComparer.Ordinal).Count();
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Selesai: {Number(index)} tulisan contoh ({Number(originals)} inovasi asal, {Number(copies)} tulisan replikasi) dengan {Number(replications)} catatan replikasi."));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Populasi: {Number(agencies.Count)} perangkat daerah di {Number(regions)} pemerintah daerah ({Number(provinces)} provinsi); benih {generator.Options.Seed}, tahun {generator.Options.FirstYear}-{generator.Options.LastYear}."));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ditulis ke {root} dalam {Number(folders)} folder, {bytes / (1024.0 * 1024.0):0.0} MB, {clock.Elapsed.TotalSeconds:0.0} detik."));
        return 0;
    }

    private static string Number(long value) =>
        value.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');
}
