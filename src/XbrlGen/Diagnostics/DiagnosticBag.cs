namespace XbrlGen.Diagnostics;

/// <summary>Collects diagnostics in the order they are found.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

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
