namespace XbrlGen.Diagnostics;

/// <summary>Collects diagnostics in the order they are found.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Points every diagnostic about a file under <paramref name="from"/> at the same file under <paramref name="to"/>.</summary>
    public void Relocate(string from, string to)
    {
        SourceSpan Move(SourceSpan s) => s.File.StartsWith(from, StringComparison.Ordinal) ? s with { File = to + s.File[from.Length..] } : s;
        for (var i = 0; i < _items.Count; i++)
        {
            _items[i] = _items[i] with { Span = Move(_items[i].Span), Related = _items[i].Related.Select(Move).ToList() };
        }
    }

    /// <summary>Makes every warning so far an error (a filing team's strict mode).</summary>
    public void EscalateWarnings()
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (_items[i].Severity == Severity.Warning)
            {
                _items[i] = _items[i] with { Severity = Severity.Error, Escalated = true };
            }
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public Diagnostic Report(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args)
    {
        var diagnostic = descriptor.Create(span, args);
        _items.Add(diagnostic);
        return diagnostic;
    }

    public Diagnostic Report(DiagnosticDescriptor descriptor, SourceSpan span, IReadOnlyList<SourceSpan> related, params object[] args)
    {
        var diagnostic = descriptor.Create(span, args) with { Related = related };
        _items.Add(diagnostic);
        return diagnostic;
    }
}
