using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace XbrlGen.Reading.Pdf;

/// <summary>A PDF stream decodes to more bytes than the reading limits allow (a decompression bomb, or no release).</summary>
internal sealed class DecodeLimitException(long limit) : Exception($"a stream decodes to more than {limit} bytes")
{
    public long Limit { get; } = limit;
}

/// <summary>
/// PdfPig's own filters, each behind a limit on what it may decode to: one stream at most
/// <see cref="Layout.ReadLimits.MaxDecodedStreamBytes"/>, the whole document at most <see cref="Layout.ReadLimits.MaxDecodedBytes"/>.
/// A Flate stream is first inflated into nothing, counting, so that a bomb stops at the limit instead of filling memory.
/// One instance per document read: the running total is that document's alone.
/// </summary>
internal sealed class CappedFilterProvider(long maxStreamBytes, long maxTotalBytes) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private long _total;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new Capped(f, this)).ToList();

    private void Count(long bytes)
    {
        if (bytes > maxStreamBytes)
        {
            throw new DecodeLimitException(maxStreamBytes);
        }

        _total += bytes;
        if (_total > maxTotalBytes)
        {
            throw new DecodeLimitException(maxTotalBytes);
        }
    }

    /// <summary>Inflates a Flate stream into nothing, stopping once it passes the per-stream limit.</summary>
    private void PrecheckFlate(Memory<byte> input)
    {
        if (input.Length < 2)
        {
            return;
        }

        var buffer = new byte[81920];
        long produced = 0;
        try
        {
            // Skip the two-byte zlib header as PdfPig does; a stream that is not deflate fails in PdfPig's filter itself.
            var body = input[2..];
            using var source = System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(body, out var segment) && segment.Array is not null
                ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(body.ToArray(), writable: false);
            using var inflate = new DeflateStream(source, CompressionMode.Decompress);
            int read;
            while ((read = inflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                produced += read;
                if (produced > maxStreamBytes)
                {
                    throw new DecodeLimitException(maxStreamBytes);
                }
            }
        }
        catch (InvalidDataException)
        {
            // Damaged deflate data: PdfPig decodes what it can of it, no more than what was counted here.
        }
    }

    private sealed class Capped(IFilter inner, CappedFilterProvider owner) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (inner is FlateFilter)
            {
                owner.PrecheckFlate(input);
            }

            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            owner.Count(output.Length);
            return output;
        }
    }
}
