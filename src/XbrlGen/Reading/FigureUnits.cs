using System.Text.RegularExpressions;

namespace XbrlGen.Reading;

/// <summary>
/// What a row's figures count, from its label and section: money per share (unscaled), shares (scaled as the heading
/// says, unless it excepts them: "except share and per share amounts"), percentages (pure), else money at the table's scale.
/// </summary>
internal static partial class FigureUnits
{
    public static (FigureUnit Unit, int? Scale) Of(string? section, string label, IEnumerable<PrintedNumber> values, int? scale, bool exceptShares)
    {
        // A section names the unit of the short rows under it ("Basic", "Diluted"), not of every row that follows it.
        var shortRow = label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 || BasicOrDiluted().IsMatch(label);
        var under = shortRow ? section ?? string.Empty : string.Empty;
        var text = under + " | " + label;
        if (values.Any(v => v.IsPercent))
        {
            return (FigureUnit.Pure, 0);
        }

        // "Common stock, $0.001 par value, ... shares outstanding" is money; "Weighted average shares" is a count.
        var money = Money().IsMatch(label) && !CountFirst().IsMatch(label);
        var perShare = PerShare().Match(label);
        if (perShare.Success)
        {
            // "Shares used to compute diluted net income per share": the count comes first, the per-share figure it serves after.
            var count = ShareCountPhrase().Match(label);
            return count.Success && count.Index < perShare.Index && !money ? (FigureUnit.Shares, exceptShares ? 0 : scale) : (FigureUnit.PerShare, 0);
        }

        if (ShareCountPhrase().IsMatch(text) && !money)
        {
            return (FigureUnit.Shares, exceptShares ? 0 : scale);
        }

        if (PerShare().IsMatch(under))
        {
            return (FigureUnit.PerShare, 0);
        }

        if (SharesCount().IsMatch(text) && !money)
        {
            return (FigureUnit.Shares, exceptShares ? 0 : scale);
        }

        return (FigureUnit.Currency, scale);
    }

    [GeneratedRegex(@"\bper\s+(?:(?:common|ordinary|basic|diluted|class\s+\w)\s+)*(?:share|unit|ADS)|\bEPS\b|株当たり", RegexOptions.IgnoreCase)]
    private static partial Regex PerShare();

    [GeneratedRegex(@"^(?:basic|diluted)\b|\b(?:basic|diluted)$|^基本|^潜在株式", RegexOptions.IgnoreCase)]
    private static partial Regex BasicOrDiluted();

    [GeneratedRegex(@"^(?:weighted|number|shares|average|basic|diluted|期中平均)", RegexOptions.IgnoreCase)]
    private static partial Regex CountFirst();

    [GeneratedRegex(@"weighted[- ]average\s+(?:number\s+of\s+)?(?:\w+\s+){0,3}shares|number\s+of\s+(?:\w+\s+){0,3}shares|shares\s+(?:used|outstanding)|期中平均株式数", RegexOptions.IgnoreCase)]
    private static partial Regex ShareCountPhrase();

    [GeneratedRegex(@"\bshares\b|\bnumber\s+of\s+share|株式数|株数", RegexOptions.IgnoreCase)]
    private static partial Regex SharesCount();

    [GeneratedRegex(@"\b(?:stock|capital|paid-in|premium|treasury|repurchase|purchase|proceeds|issuance|dividends?|compensation|payment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();
}
