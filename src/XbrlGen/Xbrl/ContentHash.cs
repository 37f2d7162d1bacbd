using System.Security.Cryptography;

namespace XbrlGen.Xbrl;

/// <summary>The SHA-256 of a document's bytes: equal hashes, equal content.</summary>
public readonly record struct ContentHash(string Hex)
{
    public static ContentHash Of(byte[] bytes) => new(Convert.ToHexString(SHA256.HashData(bytes)));

    /// <summary>The hash of a file as it is now (read through <see cref="InputFiles"/>); null if it cannot be read.</summary>
    public static ContentHash? OfFile(string path)
    {
        try
        {
            using var stream = InputFiles.OpenRead(path);
            return new(Convert.ToHexString(SHA256.HashData(stream)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public override string ToString() => Hex;
}
