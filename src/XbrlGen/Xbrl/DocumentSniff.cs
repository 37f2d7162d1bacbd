namespace XbrlGen.Xbrl;

/// <summary>What a document is, told from its first bytes rather than its name.</summary>
public static class DocumentSniff
{
    /// <summary>Whether the file's first character that is not white space (after a UTF-8 byte order mark) opens a JSON object.</summary>
    public static bool IsJson(DocumentSource document)
    {
        try
        {
            using var stream = document.Open();
            Span<byte> head = stackalloc byte[256];
            var read = stream.Read(head);
            var bytes = head[..read];
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            foreach (var b in bytes)
            {
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                {
                    continue;
                }

                return b == (byte)'{';
            }

            return false;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
