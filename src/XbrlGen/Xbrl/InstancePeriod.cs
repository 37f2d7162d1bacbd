using System.Globalization;

namespace XbrlGen.Xbrl;

/// <summary>
/// A period as an instance states it (XBRL 2.1 4.7.2): an instant, a duration, or forever. Its values are points in
/// time, since an xbrli:dateUnion may carry a time: a date-only instant or end date is the end of that day (the next
/// midnight), a date-only start date its start. A value the schema would reject is unknown (null), never a made-up date.
/// The generator's <see cref="Period"/> is the date-only case of it (<see cref="ToPeriod"/>).
/// </summary>
public abstract record InstancePeriod
{
    private protected InstancePeriod()
    {
    }

    /// <summary>An instant: the end of the day stated, or the time stated.</summary>
    public sealed record Instant(DateTime? At) : InstancePeriod;

    /// <summary>A duration from its start to its end (exclusive of the end's point in time).</summary>
    public sealed record Duration(DateTime? Start, DateTime? End) : InstancePeriod;

    /// <summary>Forever: no start, no end.</summary>
    public sealed record Forever : InstancePeriod
    {
        public static readonly Forever Value = new();

        private Forever()
        {
        }
    }

    /// <summary>The calendar date the period ends on (the end of a day counts for that day); null for forever or an unknown end.</summary>
    public DateOnly? EndDate => this switch
    {
        Instant { At: { } at } => LastDay(at),
        Duration { End: { } end } => LastDay(end),
        _ => null,
    };

    /// <summary>A key equal for periods that are the same points in time (c-equality, 4.10); unknown values are equal.</summary>
    public string Key => this switch
    {
        Instant i => "i" + Ticks(i.At),
        Duration d => Ticks(d.Start) + "-" + Ticks(d.End),
        _ => "forever",
    };

    /// <summary>
    /// A point as XBRL writes it: a date when it falls on midnight (an end, or an instant, is the day before that
    /// midnight), else a date-time; null for an unknown point.
    /// </summary>
    public static string? PointText(DateTime? at, bool end) => at switch
    {
        { TimeOfDay.Ticks: 0 } p => DateOnly.FromDateTime(end ? p.AddDays(-1) : p).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        { } p => p.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        null => null,
    };

    /// <summary>What the period is called in messages: "an instant", "a duration" or "forever".</summary>
    public string Description => this switch
    {
        Instant => "an instant",
        Duration => "a duration",
        _ => "forever",
    };

    /// <summary>The generator's date-only period, when the period is one (no time of day, known values, not forever).</summary>
    public Period? ToPeriod() => this switch
    {
        Instant { At: { TimeOfDay.Ticks: 0 } at } => new InstantPeriod(LastDay(at)),
        Duration { Start: { TimeOfDay.Ticks: 0 } start, End: { TimeOfDay.Ticks: 0 } end } => new DurationPeriod(DateOnly.FromDateTime(start), LastDay(end)),
        _ => null,
    };

    /// <summary>The period of the generator's model, as an instance states it.</summary>
    public static InstancePeriod From(Period period) => period switch
    {
        InstantPeriod i => new Instant(NextMidnight(i.Date)),
        DurationPeriod d => new Duration(d.Start.ToDateTime(TimeOnly.MinValue), NextMidnight(d.EndDate)),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "not a known period"),
    };

    /// <summary>
    /// An xsd:date or xsd:dateTime as a point in time; a date-only end of period is the end of that day (4.7.2), and
    /// <c>24:00:00</c> the start of the next. A time zone normalises to UTC. Null when the text is neither.
    /// </summary>
    public static DateTime? ParsePoint(string text, bool endOfDay)
    {
        var t = text.Trim();
        if (TryPlainDate(t, out var plain))
        {
            return endOfDay ? plain.AddDays(1) : plain;
        }

        var tIndex = t.IndexOf('T', StringComparison.Ordinal);
        var datePart = tIndex < 0 ? t : t[..tIndex];
        if (!DateTime.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // A date with a time zone (2003-06-30Z, 2003-06-30+09:00): the zone does not move a whole day.
            if (datePart.Length <= 10 || !DateTime.TryParseExact(datePart[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return null;
            }
        }

        if (tIndex < 0)
        {
            return endOfDay ? date.AddDays(1) : date;
        }

        var time = t[(tIndex + 1)..];
        var offset = TimeSpan.Zero;
        var zoned = false;
        if (time.EndsWith('Z'))
        {
            time = time[..^1];
            zoned = true;
        }
        else if (time.Length > 6 && (time[^6] == '+' || time[^6] == '-') && TimeSpan.TryParseExact(time[^5..], "hh\\:mm", CultureInfo.InvariantCulture, out var off))
        {
            offset = time[^6] == '-' ? -off : off;
            time = time[..^6];
            zoned = true;
        }

        var parts = time.Split(':');
        if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !decimal.TryParse(parts[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var sec))
        {
            return null;
        }

        var result = date.AddHours(h).AddMinutes(m).AddTicks((long)(sec * TimeSpan.TicksPerSecond));
        return zoned ? result - offset : result;
    }

    /// <summary>
    /// The common point, a date as <c>yyyy-MM-dd</c>, read digit by digit: what the exact parse below accepts in that
    /// form, at a fraction of its cost (a large instance has two dates a context). Anything else is left to it.
    /// </summary>
    private static bool TryPlainDate(string t, out DateTime date)
    {
        date = default;
        if (t.Length != 10 || t[4] != '-' || t[7] != '-')
        {
            return false;
        }

        var year = 0;
        var month = 0;
        var day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            var digit = t[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day);
        return true;
    }

    private static DateOnly LastDay(DateTime point) => DateOnly.FromDateTime(point.TimeOfDay == TimeSpan.Zero ? point.AddDays(-1) : point);

    private static DateTime NextMidnight(DateOnly date) => date.AddDays(1).ToDateTime(TimeOnly.MinValue);

    private static string Ticks(DateTime? point) => point is { } p ? p.Ticks.ToString(CultureInfo.InvariantCulture) : "?";
}
