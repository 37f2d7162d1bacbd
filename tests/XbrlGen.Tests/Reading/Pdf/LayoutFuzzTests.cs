using System.Globalization;
using System.Text;
using CsCheck;
using XbrlGen.Diagnostics;
using XbrlGen.Reading.Html;
using XbrlGen.Reading.Layout;
using XbrlGen.Reading.Pdf;
using static XbrlGen.Tests.Reading.Pdf.TestPdfs;

namespace XbrlGen.Tests.Reading.Pdf;

/// <summary>
/// The PDF and HTML front-ends on damaged input: small releases mutated at random (bytes flipped, ranges deleted or
/// repeated, markup and PDF tokens inserted, the file cut short). Whatever the bytes, a read ends within seconds with a
/// document and no error, or with no document and a coded XG01xx error naming the file: never an exception, never a
/// hang, never a document with errors beside it. <c>XBRLGEN_FUZZ_ITERATIONS</c> sets the number of cases (default 300
/// per reader); a failure prints the shrunk case and the <c>CsCheck_Seed</c> that replays it.
/// </summary>
public class LayoutFuzzTests
{
    private const int DefaultIterations = 300;

    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(20);

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("XBRLGEN_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultIterations;

    /// <summary>A small release as a PDF: a table of labels and figures, its content stream uncompressed so mutations reach the text.</summary>
    private static readonly byte[] PdfRelease = OnePage(
        "",
        "BT /F1 10 Tf 50 750 Td (Condensed consolidated income statement) Tj ET\n"
        + "BT /F1 9 Tf 50 730 Td (NOKm) Tj 250 0 Td (Q1 2025) Tj 60 0 Td (Q1 2024) Tj ET\n"
        + "BT /F1 9 Tf 50 716 Td (Total revenues) Tj 255 0 Td (406.6) Tj 60 0 Td (402.9) Tj ET\n"
        + "BT /F1 9 Tf 50 702 Td (Personnel costs) Tj 252 0 Td (-232.2) Tj 60 0 Td (\\(230.1\\)) Tj ET\n");

    /// <summary>The same kind of release made by PdfPig's writer (compressed streams, an embedded font program's metrics).</summary>
    private static readonly byte[] BuiltPdfRelease = WithText(
    [
        new("Consolidated balance sheet", 50, 750), new("NOKm", 50, 730), new("31/03/2025", 300, 730),
        new("Total assets", 50, 716), new("7,880.5", 305, 716), new("Total equity", 50, 702), new("1,034.9", 305, 702),
    ]);

    private static readonly byte[] HtmlRelease = Encoding.UTF8.GetBytes("""
        <html><body><p>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</p><div>(In millions, except per share data)</div>
        <table><tr><td colspan="3"></td><td colspan="3">Three Months Ended</td></tr>
        <tr><td colspan="3">Total revenue</td><td>$</td><td>4,655&#160;</td><td></td><td>$</td><td>4,262</td></tr>
        <tr><td colspan="3">Interest expense</td><td>(32</td><td>)</td><td></td><td rowspan="2">(28</td><td>)</td></tr>
        <tr><td>法人税等調整額</td><td><ix:nonFraction name="a" sign="-" scale="6">△6</ix:nonFraction></td></tr></table>
        <div style="display:none"><ix:header>hidden</ix:header></div></body></html>
        """);

    private static readonly string[] Tokens =
    [
        "<", ">", "</td>", "<td colspan=\"99999\">", "<tr>", "</table>", "<table>", "<div>", "&nbsp;", "&#0;", "△", "\u0000",
        "obj", "endobj", "stream", "endstream", "/Filter /FlateDecode", "(", ")", "Tj", "TJ", "BT", "ET", " 0 R", "<<", ">>",
        "/Length 999999", "xref", "trailer", "%%EOF", "9999999999", "-1",
    ];

    public abstract record Mutation
    {
        public abstract byte[] Apply(byte[] bytes);
    }

    public sealed record FlipByte(int Where, byte Mask) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var copy = (byte[])bytes.Clone();
            if (copy.Length > 0)
            {
                copy[Where % copy.Length] ^= Mask;
            }

            return copy;
        }
    }

    public sealed record DeleteRange(int Where, int Length) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            if (bytes.Length == 0)
            {
                return bytes;
            }

            var start = Where % bytes.Length;
            var end = Math.Min(bytes.Length, start + Length);
            return [.. bytes[..start], .. bytes[end..]];
        }
    }

    public sealed record RepeatRange(int Where, int Length, int Times) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            if (bytes.Length == 0)
            {
                return bytes;
            }

            var start = Where % bytes.Length;
            var end = Math.Min(bytes.Length, start + Length);
            var piece = bytes[start..end];
            var result = new List<byte>(bytes[..end]);
            for (var i = 0; i < Times; i++)
            {
                result.AddRange(piece);
            }

            result.AddRange(bytes[end..]);
            return [.. result];
        }
    }

    public sealed record InsertToken(int Where, int Token) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var at = bytes.Length == 0 ? 0 : Where % (bytes.Length + 1);
            return [.. bytes[..at], .. Encoding.UTF8.GetBytes(Tokens[Token % Tokens.Length]), .. bytes[at..]];
        }
    }

    public sealed record Truncate(int Where) : Mutation
    {
        public override byte[] Apply(byte[] bytes) => bytes.Length == 0 ? bytes : bytes[..(Where % bytes.Length)];
    }

    private static readonly Gen<int> Where = Gen.Int[0, int.MaxValue - 1];

    private static readonly Gen<Mutation> AnyMutation = Gen.Frequency<Mutation>(
        (4, Gen.Select(Where, Gen.Int[1, 255], (w, m) => (Mutation)new FlipByte(w, (byte)m))),
        (2, Gen.Select(Where, Gen.Int[1, 64], (w, l) => (Mutation)new DeleteRange(w, l))),
        (2, Gen.Select(Where, Gen.Int[1, 64], Gen.Int[1, 50], (w, l, t) => (Mutation)new RepeatRange(w, l, t))),
        (3, Gen.Select(Where, Gen.Int[0, 1000], (w, t) => (Mutation)new InsertToken(w, t))),
        (1, Where.Select(w => (Mutation)new Truncate(w))));

    private static bool Check(Func<byte[], DiagnosticBag, PrintedDocument?> read, byte[] original, Mutation[] mutations)
    {
        var bytes = mutations.Aggregate(original, (b, m) => m.Apply(b));
        var diagnostics = new DiagnosticBag();
        var task = Task.Run(() => read(bytes, diagnostics));
        Assert.True(task.Wait(CaseTimeout), "the read did not end within " + CaseTimeout);
        var document = task.Result;
        if (document is null)
        {
            Assert.True(diagnostics.Items.Count == 1, "no document, and diagnostics: " + string.Join("; ", diagnostics.Items));
            var error = diagnostics.Items[0];
            Assert.True(error.IsError);
            Assert.StartsWith("XG01", error.Code, StringComparison.Ordinal);
            Assert.Equal("release", error.Span.File);
            return false;
        }
        else
        {
            Assert.True(diagnostics.Items.Count == 0, "a document, and diagnostics: " + string.Join("; ", diagnostics.Items));
            Assert.NotEmpty(document.Lines);
            Assert.All(document.Lines, l => Assert.All(l.Cells, c => Assert.False(string.IsNullOrWhiteSpace(c.Text))));
            return true;
        }
    }

    [Fact]
    public void Mutated_pdfs_are_read_whole_or_refused_with_a_coded_error()
    {
        var outcomes = new int[2];
        Gen.Select(Gen.Int[0, 1], AnyMutation.Array[1, 3]).Sample(
            t =>
            {
                var (which, mutations) = t;
                var original = which == 0 ? PdfRelease : BuiltPdfRelease;
                var read = Check((b, d) => PdfLayout.Read("release", b, ReadLimits.Default, d), original, mutations);
                Interlocked.Increment(ref outcomes[read ? 0 : 1]);
            },
            iter: Iterations,
            print: t => $"{t.Item1}: " + string.Join(", ", t.Item2.Select(m => m.ToString())));

        Assert.True(outcomes[0] > 0, "no mutated PDF was read");
        Assert.True(outcomes[1] > 0, "no mutated PDF was refused");
    }

    [Fact]
    public void Mutated_html_is_read_whole_or_refused_with_a_coded_error()
    {
        AnyMutation.Array[1, 4].Sample(
            mutations =>
            {
                Check((b, d) => HtmlLayout.Read("release", b, ReadLimits.Default, d), HtmlRelease, mutations);
            },
            iter: Iterations,
            print: m => string.Join(", ", m.Select(x => x.ToString())));
    }

    [Fact]
    public void The_unmutated_fuzz_releases_are_read()
    {
        var diagnostics = new DiagnosticBag();
        Assert.NotNull(PdfLayout.Read("release", PdfRelease, ReadLimits.Default, diagnostics));
        Assert.NotNull(PdfLayout.Read("release", BuiltPdfRelease, ReadLimits.Default, diagnostics));
        var html = HtmlLayout.Read("release", HtmlRelease, ReadLimits.Default, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(html);
        Assert.Contains(html.Lines, l => l.Text == "Total revenue $4,655 $4,262");
    }
}
