using System.Globalization;

namespace XbrlGen.Xbrl;

/// <summary>An XBRL period: an instant (end of that day) or a duration, inclusive of both days.</summary>
public abstract record Period
{
    private protected Period()
    {
    }

    public abstract DateOnly End { get; }

    public abstract string Key { get; }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record InstantPeriod(DateOnly Date) : Period
{
    public override DateOnly End => Date;

    public override string Key => "I" + Iso(Date);

    public override string ToString() => Iso(Date);
}

public sealed record DurationPeriod(DateOnly Start, DateOnly EndDate) : Period
{
    public override DateOnly End => EndDate;

    public override string Key => "D" + Iso(Start) + "_" + Iso(EndDate);

    public override string ToString() => Iso(Start) + ".." + Iso(EndDate);
}
