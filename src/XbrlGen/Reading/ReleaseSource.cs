using System.Buffers;
using System.Text;
using System.Text.Unicode;
using XbrlGen.Diagnostics;

namespace XbrlGen.Reading;

/// <summary>Loads a release file as UTF-8 text lines, refusing what is not text: empty, binary, UTF-16, Shift_JIS, too large.</summary>
public static class ReleaseSource
{
    /// <summary>The default limit on input size: far above any earnings release, far below what would exhaust memory.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    public static string[]? Load(string path, long maxBytes, DiagnosticBag diagnostics)
    {
        var bytes = LoadBytes(path, maxBytes, diagnostics);
        return bytes is null ? null : Decode(path, bytes, diagnostics);
    }

    /// <summary>The file's bytes, or null with a coded error: missing, a folder, unreadable, or over <paramref name="maxBytes"/>.</summary>
    public static byte[]? LoadBytes(string path, long maxBytes, DiagnosticBag diagnostics)
    {
        var file = SourceSpan.ForFile(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                diagnostics.Report(Codes.InputIsDirectory, file, path);
                return null;
            }

            if (!info.Exists)
            {
                diagnostics.Report(Codes.FileNotFound, file, path, "no such file");
                return null;
            }

            if (info.Length > maxBytes)
            {
                diagnostics.Report(Codes.InputTooLarge, file, info.Length, maxBytes);
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Codes.FileNotFound, file, path, ex.Message);
            return null;
        }

        return bytes;
    }

    /// <summary>
    /// Where the bytes first hold a control byte no text has (NUL and the like; tab, line ends, form feed and escape are
    /// text), unless they look like UTF-16 without a byte order mark (NULs nearly all on one side of each byte pair),
    /// which is text in the wrong encoding, not binary; null when there is none.
    /// </summary>
    private static int? BinaryAt(ReadOnlySpan<byte> body)
    {
        var sample = body[..Math.Min(body.Length, 8192)];
        int? first = null;
        int even = 0, odd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            var b = sample[i];
            if (b == 0)
            {
                _ = i % 2 == 0 ? even++ : odd++;
            }

            if (b < 0x20 && b is not (9 or 10 or 12 or 13 or 27))
            {
                first ??= i;
            }
        }

        var nuls = even + odd;
        var utf16 = nuls > 0 && Math.Max(even, odd) * 10 >= nuls * 9 && nuls * 4 >= sample.Length;
        return utf16 ? null : first;
    }

    public static string[]? Decode(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        var file = SourceSpan.ForFile(path);
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            diagnostics.Report(Codes.EmptyInput, file);
            return null;
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Report(Codes.Utf16ByteOrderMark, new SourceSpan(path, 1, 1));
            return null;
        }

        var body = bytes.AsSpan();
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        var chars = ArrayPool<char>.Shared.Rent(body.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(body, chars, out var bytesRead, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                // Not text at all is a precise error of its own, before the encoding is blamed.
                if (BinaryAt(body) is { } at)
                {
                    var (binaryLine, binaryCol) = Position(body[..at]);
                    diagnostics.Report(Codes.BinaryInput, new SourceSpan(path, binaryLine, binaryCol), (int)body[at]);
                    return null;
                }

                var (line, col) = Position(body[..bytesRead]);
                diagnostics.Report(body.IndexOf((byte)0) >= 0 ? Codes.NotUtf8WithNul : Codes.NotUtf8, new SourceSpan(path, line, col), body[bytesRead]);
                return null;
            }

            var text = new string(chars, 0, written);
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var l = lines[i];
                if (l.EndsWith('\r'))
                {
                    l = lines[i] = l[..^1];
                }

                foreach (var (c, col) in l.Select((c, j) => (c, j)))
                {
                    if (c < ' ' && c is not '\t' and not '\f' || c == '\u007F' || c == '\uFFFD')
                    {
                        diagnostics.Report(Codes.BinaryInput, new SourceSpan(path, i + 1, col + 1), (int)c);
                        return null;
                    }
                }
            }

            return lines;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> before)
    {
        var line = before.Count((byte)'\n') + 1;
        var lastNl = before.LastIndexOf((byte)'\n');
        var column = Encoding.UTF8.GetCharCount(before[(lastNl + 1)..]) + 1;
        return (line, column);
    }
}
