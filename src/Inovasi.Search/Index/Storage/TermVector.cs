namespace Inovasi.Search.Index.Storage;

/// <summary>The indexed fields of a write-up, in storage order.</summary>
internal enum IndexField
{
    Title = 0,
    Summary = 1,
    Body = 2,
    Agency = 3,
    Region = 4,
    Tags = 5,
    Affairs = 6,
}

/// <summary>
/// The analyzed terms of one write-up: per term (a global term id) its positions, each packed as
/// <c>field &lt;&lt; 24 | position</c>, plus the token count of every field. Stored as a varint blob.
/// </summary>
/// <remarks>
/// Blob layout: the field lengths; the term count; per term the id delta, the position count, then each
/// position either as <c>delta &lt;&lt; 1</c> (same field as the previous one) or as <c>field &lt;&lt; 1 | 1</c>
/// followed by the position (a new field), so that most positions take one byte.
/// </remarks>
internal sealed class TermVector
{
    public const int FieldCount = 7;
    public const int PositionBits = 24;
    public const int PositionMask = (1 << PositionBits) - 1;

    public TermVector(int[] termIds, int[] positionStarts, int[] positions, int[] fieldLengths)
    {
        TermIds = termIds;
        PositionStarts = positionStarts;
        Positions = positions;
        FieldLengths = fieldLengths;
    }

    /// <summary>Global term ids, ascending.</summary>
    public int[] TermIds { get; }

    /// <summary>Start of each term's positions in <see cref="Positions"/>; one extra entry at the end.</summary>
    public int[] PositionStarts { get; }

    /// <summary>Packed positions, ascending per term.</summary>
    public int[] Positions { get; }

    /// <summary>Token count per field.</summary>
    public int[] FieldLengths { get; }

    public static int Pack(IndexField field, int position) => ((int)field << PositionBits) | position;

    public static IndexField FieldOf(int packed) => (IndexField)(packed >>> PositionBits);

    public static int PositionOf(int packed) => packed & PositionMask;

    public byte[] Encode()
    {
        var buffer = new byte[16 + (FieldCount * 5) + (TermIds.Length * 10) + (Positions.Length * 10)];
        var o = 0;
        for (var f = 0; f < FieldCount; f++)
        {
            o = WriteVarint(buffer, o, (uint)FieldLengths[f]);
        }

        o = WriteVarint(buffer, o, (uint)TermIds.Length);
        var previousTerm = 0;
        for (var t = 0; t < TermIds.Length; t++)
        {
            o = WriteVarint(buffer, o, (uint)(TermIds[t] - previousTerm));
            previousTerm = TermIds[t];
            var start = PositionStarts[t];
            var end = PositionStarts[t + 1];
            o = WriteVarint(buffer, o, (uint)(end - start));
            var previousField = -1;
            var previous = 0;
            for (var p = start; p < end; p++)
            {
                var field = Positions[p] >>> PositionBits;
                var position = Positions[p] & PositionMask;
                if (field != previousField)
                {
                    o = WriteVarint(buffer, o, ((uint)field << 1) | 1);
                    o = WriteVarint(buffer, o, (uint)position);
                    previousField = field;
                }
                else
                {
                    o = WriteVarint(buffer, o, (uint)(position - previous) << 1);
                }

                previous = position;
            }
        }

        return buffer.AsSpan(0, o).ToArray();
    }

    public static TermVector Decode(ReadOnlySpan<byte> data)
    {
        var o = 0;
        var lengths = new int[FieldCount];
        for (var f = 0; f < FieldCount; f++)
        {
            lengths[f] = (int)ReadVarint(data, ref o);
        }

        var count = (int)ReadVarint(data, ref o);
        var termIds = new int[count];
        var starts = new int[count + 1];
        var positions = new List<int>(count * 2);
        var term = 0;
        for (var t = 0; t < count; t++)
        {
            term += (int)ReadVarint(data, ref o);
            termIds[t] = term;
            starts[t] = positions.Count;
            var n = (int)ReadVarint(data, ref o);
            var field = 0;
            var previous = 0;
            for (var p = 0; p < n; p++)
            {
                positions.Add(ReadPosition(data, ref o, ref field, ref previous));
            }
        }

        starts[count] = positions.Count;
        return new TermVector(termIds, starts, positions.ToArray(), lengths);
    }

    /// <summary>Reads only the header: the term count and the field lengths, then walks terms with a callback.</summary>
    public static void Walk<TVisitor>(ReadOnlySpan<byte> data, ref TVisitor visitor)
        where TVisitor : struct, ITermVectorVisitor
    {
        var o = 0;
        Span<int> lengths = stackalloc int[FieldCount];
        for (var f = 0; f < FieldCount; f++)
        {
            lengths[f] = (int)ReadVarint(data, ref o);
        }

        visitor.FieldLengths(lengths);
        var count = (int)ReadVarint(data, ref o);
        var term = 0;
        Span<int> scratch = stackalloc int[256];
        int[]? rented = null;
        try
        {
            for (var t = 0; t < count; t++)
            {
                term += (int)ReadVarint(data, ref o);
                var n = (int)ReadVarint(data, ref o);
                if (n > scratch.Length)
                {
                    if (rented is not null)
                    {
                        System.Buffers.ArrayPool<int>.Shared.Return(rented);
                    }

                    rented = System.Buffers.ArrayPool<int>.Shared.Rent(n);
                    scratch = rented;
                }

                var field = 0;
                var previous = 0;
                for (var p = 0; p < n; p++)
                {
                    scratch[p] = ReadPosition(data, ref o, ref field, ref previous);
                }

                visitor.Term(term, scratch[..n]);
            }
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    private static int ReadPosition(ReadOnlySpan<byte> data, ref int o, ref int field, ref int previous)
    {
        var v = ReadVarint(data, ref o);
        if ((v & 1) != 0)
        {
            field = (int)(v >> 1);
            previous = (int)ReadVarint(data, ref o);
        }
        else
        {
            previous += (int)(v >> 1);
        }

        if (field >= FieldCount || previous > PositionMask)
        {
            throw new InvalidDataException("A stored term vector has a bad position: the index file is damaged.");
        }

        return (field << PositionBits) | previous;
    }

    private static int WriteVarint(byte[] buffer, int o, uint value)
    {
        while (value >= 0x80)
        {
            buffer[o++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[o++] = (byte)value;
        return o;
    }

    private static uint ReadVarint(ReadOnlySpan<byte> data, ref int o)
    {
        uint result = 0;
        var shift = 0;
        while (true)
        {
            if (o >= data.Length || shift > 28)
            {
                throw new InvalidDataException("A stored term vector is truncated: the index file is damaged.");
            }

            var b = data[o++];
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }

            shift += 7;
        }
    }
}

/// <summary>Receives a term vector without materialising it.</summary>
internal interface ITermVectorVisitor
{
    void FieldLengths(ReadOnlySpan<int> lengths);

    void Term(int termId, ReadOnlySpan<int> positions);
}
