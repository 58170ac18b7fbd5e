using System.Text;
using BenchmarkDotNet.Attributes;
using Inovasi.Search.Writeups;

namespace Inovasi.Benchmarks;

/// <summary>
/// Write-up reading in files per second: front matter (YamlDotNet events) plus body sections (Markdig), from
/// memory and from disk, and the writer. The files are synthesized with <see cref="WriteupWriter"/> in
/// <see cref="GlobalSetup"/>: a full front matter (every key, two replications) and a body of about 5 KB in
/// four sections, the size of the LAN directory write-ups. 1 / (mean time per operation) is files/s.
/// </summary>
public class WriteupBenchmarks
{
    /// <summary>Files per measured call; each operation is one file (<see cref="BenchmarkAttribute.OperationsPerInvoke"/>).</summary>
    private const int Files = 200;

    private static readonly string[] s_words =
    [
        "pelayanan", "masyarakat", "perizinan", "kependudukan", "dinas", "aplikasi", "daring", "warga", "kantor",
        "pengaduan", "pemberdayaan", "penyelenggaraan", "kearsipan", "kepegawaian", "UMKM", "e-KTP", "Si-Surat",
        "dengan", "yang", "untuk", "dalam", "tidak", "lebih", "cepat", "mudah", "biaya", "waktu", "2019", "50%",
    ];

    private string[] _texts = [];
    private string[] _paths = [];
    private Innovation[] _innovations = [];
    private string _directory = "";

    [GlobalSetup]
    public void GlobalSetup()
    {
        var random = new Random(2019);
        _innovations = new Innovation[Files];
        _texts = new string[Files];
        _paths = new string[Files];
        _directory = Path.Combine(Path.GetTempPath(), "inovasi-bench-writeups-" + Environment.ProcessId);
        Directory.CreateDirectory(_directory);
        for (var i = 0; i < Files; i++)
        {
            _innovations[i] = Synthesize(i, random);
            _texts[i] = WriteupWriter.Write(_innovations[i]);
            _paths[i] = _innovations[i].Id + ".md";
            WriteupWriter.WriteFile(_innovations[i], _directory);
        }

        if (Parse() != Files || ReadDirectory() != Files)
        {
            throw new InvalidOperationException("The synthesized write-ups must be valid.");
        }
    }

    [GlobalCleanup]
    public void GlobalCleanup() => Directory.Delete(_directory, recursive: true);

    /// <summary>Front matter and body sections of one file already in memory.</summary>
    [Benchmark(OperationsPerInvoke = Files)]
    public int Parse()
    {
        var valid = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            if (WriteupReader.Parse(_texts[i], _paths[i]).IsValid)
            {
                valid++;
            }
        }

        return valid;
    }

    /// <summary>Body sections only (Markdig parse and heading scan), to split the cost of <see cref="Parse"/>.</summary>
    [Benchmark(OperationsPerInvoke = Files)]
    public int Sections()
    {
        var found = 0;
        foreach (var innovation in _innovations)
        {
            if (WriteupSections.Extract(innovation.Body).Impact is not null)
            {
                found++;
            }
        }

        return found;
    }

    /// <summary><see cref="WriteupReader.ReadDirectory(string)"/>: finding, reading (UTF-8 check) and parsing files on disk.</summary>
    [Benchmark(OperationsPerInvoke = Files)]
    public int ReadDirectory()
    {
        var valid = 0;
        foreach (var result in WriteupReader.ReadDirectory(_directory))
        {
            if (result.IsValid)
            {
                valid++;
            }
        }

        return valid;
    }

    /// <summary>The writer, one file to a string.</summary>
    [Benchmark(OperationsPerInvoke = Files)]
    public int Write()
    {
        var length = 0;
        foreach (var innovation in _innovations)
        {
            length += WriteupWriter.Write(innovation).Length;
        }

        return length;
    }

    private static Innovation Synthesize(int i, Random random)
    {
        string Sentence(int words)
        {
            var sb = new StringBuilder();
            for (var w = 0; w < words; w++)
            {
                sb.Append(w == 0 ? "" : " ").Append(s_words[random.Next(s_words.Length)]);
            }

            return sb.Append('.').ToString();
        }

        string Paragraphs(int count) => string.Join("\n\n", Enumerable.Range(0, count).Select(_ => string.Join(' ', Enumerable.Range(0, 6).Select(_ => Sentence(12)))));

        var body = $"# Inovasi {i}\n\n## Latar Belakang\n{Paragraphs(2)}\n\n## Inovasi\n{Paragraphs(3)}\n\n### Tahapan\n- {Sentence(8)}\n- {Sentence(8)}\n\n## Manfaat\n{Paragraphs(2)}\n\n## Replikasi\n{Paragraphs(1)}\n";
        return new Innovation
        {
            Id = $"inovasi-{i}",
            Title = $"Inovasi Layanan {i}",
            Summary = Sentence(25),
            Agency = "Dinas Kependudukan dan Catatan Sipil",
            Region = "Kota Medan",
            Province = "Sumatera Utara",
            Year = 2010 + i % 15,
            Cluster = "sistem-informasi",
            Affairs = ["administrasi kependudukan dan pencatatan sipil"],
            ServiceElements = [ServiceElement.Prosedur, ServiceElement.Waktu],
            Stage = InnovationStage.Penerapan,
            IsDigital = true,
            Awards = ["Top 45 KIPP 2019"],
            Replications =
            [
                new Replication("Dinas Kependudukan dan Catatan Sipil", "Kota Binjai", 2021) { LocalName = "Lapor Cepat" },
                new Replication("Dinas Kependudukan dan Catatan Sipil", "Kabupaten Deli Serdang", 2022) { Status = InnovationStatus.Stopped },
            ],
            Sources = ["https://pemkomedan.go.id/berita/" + i],
            Tags = ["daring", "akta kematian"],
        }.WithBody(body);
    }
}
