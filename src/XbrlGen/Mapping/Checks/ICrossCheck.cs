using XbrlGen.Diagnostics;

namespace XbrlGen.Mapping.Checks;

/// <summary>
/// One kind of cross-check a mapping can declare in <c>entity.yaml</c> under <c>checks:</c>
/// (<c>- equal: [gaap:Assets, gaap:LiabilitiesAndStockholdersEquity]</c>): its key, how many concepts it names, and
/// the check itself over the filing's facts, apart from building them. Listed in <see cref="CrossChecks.All"/>; its
/// messages are catalog entries (<see cref="Codes"/>).
/// </summary>
public interface ICrossCheck
{
    /// <summary>The key that declares it in <c>entity.yaml</c>: <c>equal</c>, <c>rollForward</c>, <c>product</c>.</summary>
    string Key { get; }

    /// <summary>How many concepts a declaration names.</summary>
    int Arity { get; }

    /// <summary>
    /// Checks the figures of the declared concepts, in the order declared: for each concept its plain facts (totals,
    /// not a breakdown's facts on members) that have a value. A failure is reported with every line involved.
    /// </summary>
    void Check(IReadOnlyList<IReadOnlyList<Fact>> figures, DiagnosticBag diagnostics);
}
