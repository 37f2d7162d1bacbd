namespace XbrlGen.Tests.Reading.Corpus;

/// <summary>The releases the PDF and HTML tests read, copied into the project (tests/XbrlGen.Tests/Reading/Corpus).</summary>
internal static class CorpusFiles
{
    public static string Folder => Path.Combine(TestPaths.Layout.Root, "tests", "XbrlGen.Tests", "Reading", "Corpus");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));
}
