using System.Text;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Index.Storage;

/// <summary>
/// What the index needs of a write-up without decoding it: id, title, and the values of the filters and facets.
/// Stored uncompressed beside the compressed write-up so that opening an index reads only this and the terms.
/// </summary>
internal sealed record DocumentMetadata(
    string Id,
    string Title,
    string? Cluster,
    string Region,
    string Agency,
    string[] Affairs,
    int Year,
    int ElementMask,
    bool IsDigital,
    byte Stage)
{
    public static DocumentMetadata From(Innovation innovation)
    {
        var mask = 0;
        foreach (var e in innovation.ServiceElements)
        {
            mask |= 1 << (int)e;
        }

        return new DocumentMetadata(
            innovation.Id,
            innovation.Title,
            innovation.Cluster,
            innovation.Region,
            innovation.Agency,
            [.. innovation.Affairs],
            innovation.Year,
            mask,
            innovation.IsDigital == true,
            innovation.Stage is { } s ? (byte)(s + 1) : (byte)0);
    }

    public byte[] Encode()
    {
        using var stream = new MemoryStream(128);
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Title);
            w.Write(Cluster is not null);
            if (Cluster is not null)
            {
                w.Write(Cluster);
            }

            w.Write(Region);
            w.Write(Agency);
            w.Write7BitEncodedInt(Affairs.Length);
            foreach (var a in Affairs)
            {
                w.Write(a);
            }

            w.Write(Year);
            w.Write(ElementMask);
            w.Write(IsDigital);
            w.Write(Stage);
        }

        return stream.ToArray();
    }

    public static DocumentMetadata Decode(string id, byte[] data)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8);
            var title = r.ReadString();
            var cluster = r.ReadBoolean() ? r.ReadString() : null;
            var region = r.ReadString();
            var agency = r.ReadString();
            var affairs = new string[r.Read7BitEncodedInt()];
            for (var i = 0; i < affairs.Length; i++)
            {
                affairs[i] = r.ReadString();
            }

            return new DocumentMetadata(id, title, cluster, region, agency, affairs, r.ReadInt32(), r.ReadInt32(), r.ReadBoolean(), r.ReadByte());
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"The stored metadata of '{id}' is truncated: the index file is damaged.", e);
        }
    }
}
