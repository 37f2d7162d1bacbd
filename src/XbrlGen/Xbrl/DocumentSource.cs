namespace XbrlGen.Xbrl;

/// <summary>
/// A document to read, and where its bytes come from: a file on disk, an entry of an opened package, or a document made
/// in memory (an Inline XBRL document set's target document, an xBRL-JSON report's header). <see cref="Path"/> is the
/// place it stands at: the base of its relative references, and the file its diagnostics name.
/// </summary>
public abstract record DocumentSource(string Path)
{
    /// <summary>The document's bytes, from the start.</summary>
    public abstract Stream Open();

    /// <summary>An XML reader over the document from the start, with <paramref name="settings"/>.</summary>
    public virtual System.Xml.XmlReader CreateReader(System.Xml.XmlReaderSettings settings) =>
        System.Xml.XmlReader.Create(Open(), settings, new Uri(FullPath).AbsoluteUri);

    /// <summary>The size in bytes; throws <see cref="FileNotFoundException"/> like <see cref="FileInfo.Length"/> if there is no such file.</summary>
    public abstract long Length { get; }

    /// <summary>The absolute path, the document's identity.</summary>
    public string FullPath => System.IO.Path.GetFullPath(Path);

    /// <summary>A file on disk.</summary>
    public static DocumentSource File(string path) => new OnDisk(path);

    /// <summary>A file on disk, read when opened.</summary>
    public sealed record OnDisk(string Path) : DocumentSource(Path)
    {
        public override Stream Open() => System.IO.File.OpenRead(Path);

        public override long Length => new FileInfo(Path).Length;
    }

    /// <summary>An entry of a package, held in memory (nothing is extracted); <see cref="Path"/> lies under a folder that is not on disk.</summary>
    public sealed record PackageEntry(string Path, string Package, string Entry, byte[] Bytes) : DocumentSource(Path)
    {
        public override Stream Open() => new MemoryStream(Bytes, writable: false);

        public override long Length => Bytes.LongLength;
    }

    /// <summary>A document made in memory, standing at <see cref="Path"/> (a place that is not on disk).</summary>
    public sealed record InMemory(string Path, byte[] Bytes) : DocumentSource(Path)
    {
        public override Stream Open() => new MemoryStream(Bytes, writable: false);

        public override long Length => Bytes.LongLength;
    }

    /// <summary>
    /// A document made in memory as a tree, standing at <see cref="Path"/> (a place that is not on disk): read as the tree
    /// it is (<see cref="TopLevelLineReader"/>: a line is a top-level element), never written as text to be parsed again.
    /// </summary>
    public sealed record Tree(string Path, System.Xml.Linq.XDocument Document) : DocumentSource(Path)
    {
        /// <summary>The tree written out: for a reader that needs bytes (a tree's own readers do not).</summary>
        public override Stream Open()
        {
            var stream = new MemoryStream();
            Document.Save(stream, System.Xml.Linq.SaveOptions.DisableFormatting);
            stream.Position = 0;
            return stream;
        }

        /// <summary>Nothing to measure: a tree is made from documents whose sizes were checked when they were read.</summary>
        public override long Length => 0;

        public override System.Xml.XmlReader CreateReader(System.Xml.XmlReaderSettings settings) =>
            System.Xml.XmlReader.Create(new TopLevelLineReader(Document), settings);
    }
}
