namespace Inovasi.Cli.Import;

/// <summary>
/// One row of the LAN innovation directory (<c>inovasi_lan.jsonl</c>): the fields the converter uses, as
/// written in the source. Counters and the integer codes whose labels are lost are not read.
/// </summary>
internal sealed record LanRecord
{
    /// <summary>The directory's primary key (<c>id</c>).</summary>
    public required int Id { get; init; }

    /// <summary>The file the record was read from, for messages.</summary>
    public string FilePath { get; init; } = "";

    /// <summary>1-based line of the record in its file, for messages.</summary>
    public int Line { get; init; }

    /// <summary><c>nama_inovasi</c>.</summary>
    public required string Name { get; init; }

    /// <summary><c>produk_inovasi</c>.</summary>
    public string? Product { get; init; }

    /// <summary><c>nama_instansi</c>: the owning government, ministry or company.</summary>
    public required string Institution { get; init; }

    /// <summary><c>unit_instansi</c>: the unit (OPD).</summary>
    public string? Unit { get; init; }

    /// <summary><c>kabkota_id</c>: BPS code of the city or regency.</summary>
    public int? RegencyCode { get; init; }

    /// <summary><c>provinsi_nama</c>, joined from BPS by the data's curator.</summary>
    public string? ProvinceName { get; init; }

    /// <summary><c>tahun_inisiasi</c>.</summary>
    public int? InitiationYear { get; init; }

    /// <summary><c>tahun_implementasi</c>.</summary>
    public int? ImplementationYear { get; init; }

    /// <summary><c>tanggal_inovasi</c>: when the case was entered in the directory (<c>yyyy-MM-dd HH:mm:ss</c>).</summary>
    public string? EntryDate { get; init; }

    /// <summary><c>deskripsi</c>.</summary>
    public required string Description { get; init; }

    /// <summary><c>faktor_pendorong</c>.</summary>
    public string? Drivers { get; init; }

    /// <summary><c>faktor_penghambat</c>.</summary>
    public string? Obstacles { get; init; }

    /// <summary><c>tahapan_proses</c>.</summary>
    public string? Steps { get; init; }

    /// <summary><c>manfaat</c>.</summary>
    public string? Benefits { get; init; }

    /// <summary><c>prasyarat_replikasi</c>.</summary>
    public string? ReplicationPrerequisites { get; init; }

    /// <summary><c>sumber</c>: where LAN got the case (free text, sometimes with URLs).</summary>
    public string? Source { get; init; }
}
