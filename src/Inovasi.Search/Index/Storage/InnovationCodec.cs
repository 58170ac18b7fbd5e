using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Index.Storage;

/// <summary>
/// Serializes an <see cref="Innovation"/> to a compact binary form (length-prefixed UTF-8 strings, Brotli
/// compressed) so that opening an index never re-parses Markdown.
/// </summary>
/// <remarks>Format version 1; a change bumps <see cref="IndexStore.SchemaVersion"/>.</remarks>
internal static class InnovationCodec
{
    private const int BrotliQuality = 4;
    private const int BrotliWindow = 22;

    public static byte[] Encode(Innovation innovation)
    {
        using var raw = new MemoryStream(1024 + (innovation.Body.Length * 2));
        using (var w = new BinaryWriter(raw, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(innovation.Id);
            w.Write(innovation.Title);
            WriteNullable(w, innovation.Summary);
            w.Write(innovation.Agency);
            w.Write(innovation.Region);
            WriteNullable(w, innovation.Province);
            w.Write(innovation.Year);
            WriteNullable(w, innovation.Cluster);
            WriteList(w, innovation.Affairs);
            w.Write7BitEncodedInt(innovation.ServiceElements.Count);
            foreach (var e in innovation.ServiceElements)
            {
                w.Write((byte)e);
            }

            w.Write(innovation.Stage is { } stage ? (byte)(stage + 1) : (byte)0);
            w.Write((byte)innovation.Status);
            WriteNullable(w, innovation.OriginId);
            w.Write(innovation.IsDigital switch { null => (byte)0, false => (byte)1, true => (byte)2 });
            WriteList(w, innovation.Awards);
            w.Write7BitEncodedInt(innovation.Replications.Count);
            foreach (var r in innovation.Replications)
            {
                w.Write(r.Agency);
                w.Write(r.Region);
                w.Write(r.Year);
                WriteNullable(w, r.LocalName);
                w.Write(r.Status is { } s ? (byte)(s + 1) : (byte)0);
            }

            WriteList(w, innovation.Sources);
            WriteList(w, innovation.Tags);
            w.Write7BitEncodedInt(innovation.UnknownFields.Count);
            foreach (var (key, value) in innovation.UnknownFields)
            {
                w.Write(key);
                w.Write(value);
            }

            w.Write(innovation.Body);
            WriteNullable(w, innovation.Background);
            WriteNullable(w, innovation.Solution);
            WriteNullable(w, innovation.Impact);
            WriteNullable(w, innovation.ReplicationNotes);
        }

        var input = raw.GetBuffer().AsSpan(0, (int)raw.Length);
        var output = new byte[4 + BrotliEncoder.GetMaxCompressedLength(input.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(output, input.Length);
        if (!BrotliEncoder.TryCompress(input, output.AsSpan(4), out var written, BrotliQuality, BrotliWindow))
        {
            throw new InvalidOperationException("Brotli compression of a write-up failed.");
        }

        return output.AsSpan(0, 4 + written).ToArray();
    }

    public static Innovation Decode(ReadOnlySpan<byte> compressed)
    {
        var length = compressed.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(compressed) : -1;
        if (length < 0 || length > 512 * 1024 * 1024)
        {
            throw new InvalidDataException("A stored write-up has a bad length: the index file is damaged.");
        }

        var buffer = new byte[length];
        if (!BrotliDecoder.TryDecompress(compressed[4..], buffer, out var written) || written != length)
        {
            throw new InvalidDataException("A stored write-up does not decompress: the index file is damaged.");
        }

        using var r = new BinaryReader(new MemoryStream(buffer, 0, written), Encoding.UTF8);
        var id = r.ReadString();
        var title = r.ReadString();
        var summary = ReadNullable(r);
        var agency = r.ReadString();
        var region = r.ReadString();
        var province = ReadNullable(r);
        var year = r.ReadInt32();
        var cluster = ReadNullable(r);
        var affairs = ReadList(r);
        var elements = new ServiceElement[r.Read7BitEncodedInt()];
        for (var i = 0; i < elements.Length; i++)
        {
            elements[i] = (ServiceElement)r.ReadByte();
        }

        var stage = r.ReadByte();
        var status = (InnovationStatus)r.ReadByte();
        var origin = ReadNullable(r);
        var digital = r.ReadByte();
        var awards = ReadList(r);
        var replications = new Replication[r.Read7BitEncodedInt()];
        for (var i = 0; i < replications.Length; i++)
        {
            var ragency = r.ReadString();
            var rregion = r.ReadString();
            var ryear = r.ReadInt32();
            var rname = ReadNullable(r);
            var rstatus = r.ReadByte();
            replications[i] = new Replication(ragency, rregion, ryear)
            {
                LocalName = rname,
                Status = rstatus == 0 ? null : (InnovationStatus)(rstatus - 1),
            };
        }

        var sources = ReadList(r);
        var tags = ReadList(r);
        var unknown = new KeyValuePair<string, string>[r.Read7BitEncodedInt()];
        for (var i = 0; i < unknown.Length; i++)
        {
            var key = r.ReadString();
            unknown[i] = new KeyValuePair<string, string>(key, r.ReadString());
        }

        return new Innovation
        {
            Id = id,
            Title = title,
            Summary = summary,
            Agency = agency,
            Region = region,
            Province = province,
            Year = year,
            Cluster = cluster,
            Affairs = affairs,
            ServiceElements = elements,
            Stage = stage == 0 ? null : (InnovationStage)(stage - 1),
            Status = status,
            OriginId = origin,
            IsDigital = digital switch { 0 => null, 1 => false, _ => true },
            Awards = awards,
            Replications = replications,
            Sources = sources,
            Tags = tags,
            UnknownFields = unknown,
            Body = r.ReadString(),
            Background = ReadNullable(r),
            Solution = ReadNullable(r),
            Impact = ReadNullable(r),
            ReplicationNotes = ReadNullable(r),
        };
    }

    private static void WriteNullable(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadNullable(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteList(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write7BitEncodedInt(values.Count);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    private static string[] ReadList(BinaryReader r)
    {
        var values = new string[r.Read7BitEncodedInt()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = r.ReadString();
        }

        return values;
    }
}
