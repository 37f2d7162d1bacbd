using XbrlGen.Diagnostics;
using XbrlGen.Model;
using XbrlGen.Reading;
var bag = new DiagnosticBag();
var r = ReleaseReader.ReadFile(args[0], new ReaderOptions(new FiscalCalendar(3, 31, FiscalYearNaming.StartYear)), bag);
foreach (var t in r!.Tables)
{
    Console.WriteLine($"== {t} '{t.Title}' scale={t.Scale} measure={t.StatedMeasure} @{t.HeadingSpan.Line}");
    Console.WriteLine("   cols: " + string.Join(" | ", t.Columns.Select(c => $"{c.Kind}:{c.Currency}:{c.PeriodText}:{c.Period}:{c.BaseColumn}/{c.CompareColumn}")));
    foreach (var row in t.Rows) Console.WriteLine($"   {row.Span.Line}: [{row.Section}] {row.Label} {(row.FootnoteMarker is null ? "" : "^" + row.FootnoteMarker)} => " + string.Join(" ", row.Values.OrderBy(v => v.Key).Select(v => $"{v.Key}={v.Value.Value}")));
}
foreach (var d in bag.Items) Console.WriteLine(d);
