using System.Security.Cryptography;

namespace XbrlGen.Xbrl;

/// <summary>The SHA-256 of a document's bytes: equal hashes, equal content.</summary>
public readonly record struct ContentHash(string Hex)
{
    public static ContentHash Of(byte[] bytes) => new(Convert.ToHexString(SHA256.HashData(bytes)));

    public static ContentHash Of(Stream stream) => new(Convert.ToHexString(SHA256.HashData(stream)));

    public override string ToString() => Hex;
}
