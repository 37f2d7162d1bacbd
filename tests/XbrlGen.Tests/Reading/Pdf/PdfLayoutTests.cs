using XbrlGen.Diagnostics;
using XbrlGen.Reading.Layout;
using XbrlGen.Reading;
using XbrlGen.Reading.Pdf;
using XbrlGen.Tests.Reading.Corpus;
using static XbrlGen.Tests.Reading.Pdf.TestPdfs;

namespace XbrlGen.Tests.Reading.Pdf;

public class PdfLayoutTests
{
    private static (PrintedDocument? Document, DiagnosticBag Diagnostics) Read(byte[] bytes, ReadLimits? limits = null, string path = "release.pdf")
    {
        var diagnostics = new DiagnosticBag();
        var document = PdfLayout.Read(path, bytes, limits ?? ReadLimits.Default, diagnostics);
        return (document, diagnostics);
    }

    private static PrintedDocument ReadCorpus(string name)
    {
        var (document, diagnostics) = Read(CorpusFiles.Bytes(name), path: name);
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(document);
        Assert.Equal(InputKind.Pdf, document.Kind);
        return document;
    }

    private static string[] Texts(PrintedLine line) => line.Cells.Select(c => c.Text).ToArray();

    private static PrintedLine Line(PrintedDocument document, int page, string firstCell) =>
        document.Lines.Single(l => l.Page == page && l.Cells[0].Text == firstCell);

    [Fact]
    public void Words_on_one_baseline_are_one_line_and_a_wide_gap_starts_a_cell()
    {
        var pdf = WithText(
        [
            new("Total revenues", 50, 700), new("406.6", 300, 700), new("402.9", 380, 700),
            new("Net profit", 50, 685), new("-16.4", 300, 685), new("(19.1)", 380, 685),
        ]);

        var (document, diagnostics) = Read(pdf);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(document);
        Assert.Equal(2, document.Lines.Count);
        Assert.Equal(["Total revenues", "406.6", "402.9"], Texts(document.Lines[0]));
        Assert.Equal(["Net profit", "-16.4", "(19.1)"], Texts(document.Lines[1]));
        Assert.All(document.Lines, l => Assert.Equal(1, l.Page));
        Assert.Equal([1, 2], document.Lines.Select(l => l.Span.Line));

        // Cells keep their extent in points: the figures of a column overlap, the label is left of them.
        Assert.True(document.Lines[0].Cells[1].Left >= 300 && document.Lines[0].Cells[1].Right > document.Lines[0].Cells[1].Left);
        Assert.True(document.Lines[0].Cells[0].Right < document.Lines[0].Cells[1].Left);
    }

    [Fact]
    public void A_figure_a_little_off_its_rows_baseline_stays_on_the_row_and_a_word_a_line_below_does_not()
    {
        var pdf = WithText(
        [
            new("Other expenses", 50, 700), new("39,262", 300, 700), new("187,451", 400, 703),
            new("method", 50, 688),
        ]);

        var (document, _) = Read(pdf);

        Assert.NotNull(document);
        Assert.Equal(["Other expenses", "39,262", "187,451"], Texts(document.Lines[0]));
        Assert.Equal(["method"], Texts(document.Lines[1]));
    }

    [Fact]
    public void A_dollar_sign_printed_apart_from_its_figure_joins_it()
    {
        var pdf = WithText([new("Net income", 50, 700), new("$", 300, 700), new("1,247", 340, 700)]);

        var (document, _) = Read(pdf);

        Assert.NotNull(document);
        Assert.Equal(["Net income", "$1,247"], Texts(document.Lines.Single()));
    }

    [Fact]
    public void Two_tables_side_by_side_come_out_one_after_the_other()
    {
        var left = new[] { "Revenue", "Costs", "Operating profit", "Taxes", "Net profit" };
        var right = new[] { "Opening cash", "Operating cash flow", "Investing cash flow", "Financing cash flow", "Closing cash" };
        var placed = new List<Placed>();
        for (var i = 0; i < left.Length; i++)
        {
            var y = 700 - (i * 14);
            placed.Add(new(left[i], 40, y));
            placed.Add(new((100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".0", 220, y));
            placed.Add(new(right[i], 300, y + 1));
            placed.Add(new((200 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".0", 500, y + 1));
        }

        var (document, diagnostics) = Read(WithText([.. placed]));

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(document);
        Assert.Equal(
            left.Select((l, i) => $"{l} {100 + i}.0").Concat(right.Select((r, i) => $"{r} {200 + i}.0")),
            document.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_single_table_with_a_heading_row_is_not_split_at_its_columns()
    {
        var placed = new List<Placed> { new("NOKm", 40, 720), new("Q1 2025", 200, 720), new("Q1 2024", 260, 720) };
        for (var i = 0; i < 6; i++)
        {
            placed.Add(new($"Line item {(char)('A' + i)}", 40, 706 - (i * 14)));
            placed.Add(new("1,234.5", 205, 706 - (i * 14)));
            placed.Add(new("-987.6", 265, 706 - (i * 14)));
        }

        var (document, _) = Read(WithText([.. placed]));

        Assert.NotNull(document);
        Assert.Equal(7, document.Lines.Count);
        Assert.Equal(["NOKm", "Q1 2025", "Q1 2024"], Texts(document.Lines[0]));
        Assert.All(document.Lines.Skip(1), l => Assert.Equal(3, l.Cells.Count));
    }

    [Fact]
    public void Abg_income_statement_and_cash_flows_printed_side_by_side_are_read_as_two_blocks()
    {
        var document = ReadCorpus("abgsc-2025q1.pdf");

        var total = Line(document, 13, "Total revenues");
        Assert.Equal(["Total revenues", "406.6", "402.9", "1,932.8"], Texts(total));
        var heading = document.Lines.First(l => l.Page == 13 && l.Cells[0].Text == "NOKm");
        Assert.Equal(["NOKm", "Q1 2025", "Q1 2024", "2024"], Texts(heading));

        // The income statement's last line comes before the title of the statement printed to its right.
        var lines = document.Lines.ToList();
        var owners = lines.FindIndex(l => l.Page == 13 && l.Text.StartsWith("Profit / loss to owners of the parent", StringComparison.Ordinal));
        var otherComprehensive = lines.FindIndex(l => l.Page == 13 && l.Text == "Other comprehensive income");
        var cashFlow = lines.FindIndex(l => l.Page == 13 && l.Text == "Condensed cash flow statement");
        var closing = lines.FindIndex(l => l.Page == 13 && l.Cells[0].Text == "Cash and cash equivalents - closing balance");
        Assert.True(owners >= 0 && owners < otherComprehensive && otherComprehensive < cashFlow && cashFlow < closing);
        Assert.Equal(["Cash and cash equivalents - closing balance", "659.4", "774.5", "787.8"], Texts(lines[closing]));

        var assets = Line(document, 14, "Total assets");
        Assert.Equal(["Total assets", "7,880.5", "5,588.2"], Texts(assets));
        Assert.Equal(["NOKm", "31/03/2025", "31/12/2024"], Texts(document.Lines.First(l => l.Page == 14 && l.Cells[0].Text == "NOKm")));
    }

    [Fact]
    public void Nippon_express_keeps_its_notes_column_its_usd_column_and_wrapped_labels()
    {
        var document = ReadCorpus("nippon-express-fy2024.pdf");

        Assert.Equal(["Revenue", "4,26", "2,239,017", "2,577,643", "16,295,634"], Texts(Line(document, 5, "Revenue")));
        Assert.Equal(["Non-controlling interests", "(1,938)", "1,267", "8,010"], Texts(Line(document, 5, "Non-controlling interests")));
        Assert.Equal(["Treasury shares", "24", "(20,542)", "(2,941)", "(18,594)"], Texts(Line(document, 4, "Treasury shares")));
        Assert.Equal(["Basic earnings per share", "31", "139.53", "121.47", "$0.77"], Texts(Line(document, 5, "Basic earnings per share")));

        // The USD figure printed a few points above its row's baseline is on the row.
        Assert.Equal(["Other expenses", "10,11", "39,262", "29,651", "187,451"], Texts(Line(document, 5, "Other expenses")));

        // A wrapped label: its first line with the figures, its second line alone below, at the same left edge.
        var lines = document.Lines.ToList();
        var first = lines.FindIndex(l => l.Page == 3 && l.Cells[0].Text == "Investments accounted for using equity");
        Assert.Equal(["Investments accounted for using equity", "14", "42,185", "41,424", "261,884"], Texts(lines[first]));
        Assert.Equal(["method"], Texts(lines[first + 1]));
        Assert.Equal(lines[first].Cells[0].Left, lines[first + 1].Cells[0].Left);

        // The heading's period cells sit over their figure columns.
        var heading = lines.First(l => l.Page == 5 && l.Cells.Any(c => c.Text == "(Thousands of U.S. dollars)"));
        var usd = heading.Cells.Single(c => c.Text == "(Thousands of U.S. dollars)");
        var revenueUsd = Line(document, 5, "Revenue").Cells[^1];
        Assert.True(usd.Left < revenueUsd.Right && revenueUsd.Left < usd.Right);
    }

    [Fact]
    public void Line_numbers_count_through_the_document_and_reading_is_deterministic()
    {
        var bytes = CorpusFiles.Bytes("abgsc-2025q1.pdf");
        var (first, _) = Read(bytes);
        var (second, _) = Read(bytes);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.True(first.Lines.Select(l => l.Page).Distinct().Count() > 1);
        Assert.Equal(Enumerable.Range(1, first.Lines.Count), first.Lines.Select(l => l.Span.Line));

        // A line number names one line: the release's text at a row's number is that row, whatever its page.
        var release = ReleaseInterpreter.Read(first, null, new DiagnosticBag());
        var rows = release.Tables.SelectMany(t => t.Rows).Where(r => first.Lines[r.Span.Line - 1].Page > 1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(r.Label.Split(' ')[0], release.Lines[r.Span.Line - 1], StringComparison.Ordinal));

        Assert.Equal(
            first.Lines.Select(l => $"{l.Page} {l.Span} {string.Join('|', l.Cells.Select(c => $"{c.Text}@{c.Left}-{c.Right}"))}"),
            second.Lines.Select(l => $"{l.Page} {l.Span} {string.Join('|', l.Cells.Select(c => $"{c.Text}@{c.Left}-{c.Right}"))}"));
    }

    [Fact]
    public void Bytes_that_are_not_a_pdf_get_a_coded_error()
    {
        var (document, diagnostics) = Read("Revenue 1,234\n"u8.ToArray());

        Assert.Null(document);
        Assert.Equal("XG0140", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void A_truncated_pdf_gets_a_coded_error_not_a_partial_read()
    {
        var bytes = CorpusFiles.Bytes("abgsc-2025q1.pdf");

        var (document, diagnostics) = Read(bytes[..(bytes.Length / 2)]);

        Assert.Null(document);
        var error = Assert.Single(diagnostics.Items);
        Assert.Contains(error.Code, new[] { "XG0140", "XG0146" });
    }

    [Fact]
    public void An_encrypted_pdf_is_refused_as_encrypted()
    {
        var hex = new string('A', 64);
        var pdf = OnePage(
            "",
            "BT /F1 10 Tf 50 700 Td (Revenue 1,234) Tj ET",
            $"/Encrypt 5 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ",
            $"<< /Filter /Standard /V 1 /R 2 /Length 40 /O <{hex}> /U <{hex}> /P -44 >>");

        var (document, diagnostics) = Read(pdf);

        Assert.Null(document);
        Assert.Equal("XG0141", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_named_as_such()
    {
        var pdf = OnePage("", "0 0 m 500 700 l S 10 10 200 200 re f");

        var (document, diagnostics) = Read(pdf);

        Assert.Null(document);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("XG0142", error.Code);
        Assert.Contains("no text layer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_written_pdf_with_text_is_read()
    {
        var (document, diagnostics) = Read(OnePage("", "BT /F1 10 Tf 50 700 Td (Revenue) Tj 200 0 Td (1,234) Tj ET"));

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(document);
        Assert.Equal(["Revenue", "1,234"], Texts(document.Lines.Single()));
    }

    [Fact]
    public void A_decompression_bomb_stops_at_the_stream_limit()
    {
        var content = new byte[4 * 1024 * 1024];
        Array.Fill(content, (byte)' ');
        var pdf = OnePage("/Filter /FlateDecode", Zlib(content));
        var limits = ReadLimits.Default with { MaxDecodedStreamBytes = 1024 * 1024 };

        var (document, diagnostics) = Read(pdf, limits);

        Assert.Null(document);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("XG0143", error.Code);
        Assert.Contains("decoded stream bytes", error.Message, StringComparison.Ordinal);

        // Under the limit, the same stream decodes (a page of blanks: no text, said so).
        var (_, underLimit) = Read(pdf);
        Assert.Equal("XG0142", Assert.Single(underLimit.Items).Code);
    }

    [Fact]
    public void Pages_and_words_over_the_limits_are_refused()
    {
        var pdf = WithPages([new("Revenue", 50, 700), new("1,234", 300, 700)], [new("Costs", 50, 700), new("567", 300, 700)]);

        var (byPages, pageDiagnostics) = Read(pdf, ReadLimits.Default with { MaxPages = 1 });
        var (byWords, wordDiagnostics) = Read(pdf, ReadLimits.Default with { MaxWords = 3 });
        var (bySize, sizeDiagnostics) = Read(pdf, ReadLimits.Default with { MaxInputBytes = 100 });

        Assert.Null(byPages);
        Assert.Contains("pages", Assert.Single(pageDiagnostics.Items, d => d.Code == "XG0143").Message, StringComparison.Ordinal);
        Assert.Null(byWords);
        Assert.Contains("words", Assert.Single(wordDiagnostics.Items, d => d.Code == "XG0143").Message, StringComparison.Ordinal);
        Assert.Null(bySize);
        Assert.Equal("XG0103", Assert.Single(sizeDiagnostics.Items).Code);
    }
}
