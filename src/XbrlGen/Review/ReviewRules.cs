using XbrlGen.Diagnostics;

namespace XbrlGen.Review;

/// <summary>Every review rule, in the order their findings are reported.</summary>
public static class ReviewRules
{
    public static readonly IReadOnlyList<IReviewRule> All =
    [
        new ConvenienceTranslationRule(),
        new PercentColumnRule(),
        new ProseRule(),
        new CaptionSignRule(),
        new PeriodReferenceRule(),
    ];

    /// <summary>Runs every rule; findings go to <paramref name="diagnostics"/> and are returned too, in order.</summary>
    public static IReadOnlyList<Diagnostic> Run(ReviewContext context, DiagnosticBag diagnostics)
    {
        var findings = new DiagnosticBag();
        foreach (var rule in All)
        {
            rule.Run(context, findings);
        }

        diagnostics.AddRange(findings.Items);
        return findings.Items;
    }
}
