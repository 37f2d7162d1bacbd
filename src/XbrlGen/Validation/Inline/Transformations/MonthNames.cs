using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace XbrlGen.Validation.Inline.Transformations;

/// <summary>
/// The month names of one language, as the registries list them (Transformation Registry 3 to 5): each name, or the
/// start of a name, with its month; a name is matched in lower case, in capitals or with a capital first letter (English
/// only in capitals or with a capital first letter, as the registries specify), or in any case where the registry says so.
/// </summary>
internal sealed class MonthNames
{
    private readonly FrozenDictionary<string, int> _months;

    private MonthNames(string language, IEnumerable<(string Name, int Month)> names, bool anyCase, bool lowerCase = true)
    {
        Language = language;
        _months = names.ToFrozenDictionary(n => n.Name, n => n.Month, StringComparer.Ordinal);
        var variants = new SortedSet<string>(Comparer<string>.Create((a, b) => b.Length != a.Length ? b.Length - a.Length : string.CompareOrdinal(a, b)));
        foreach (var name in _months.Keys)
        {
            if (lowerCase)
            {
                variants.Add(name);
            }

            variants.Add(name.ToUpperInvariant());
            variants.Add(char.ToUpperInvariant(name[0]) + name[1..]);
        }

        AnyCase = anyCase;
        Alternation = "(" + string.Join('|', variants.Select(Regex.Escape)) + ")";
    }

    public string Language { get; }

    /// <summary>Whether names match in any mix of case (Danish and Swedish).</summary>
    public bool AnyCase { get; }

    /// <summary>A regular-expression group matching any of the names.</summary>
    public string Alternation { get; }

    /// <summary>The month a matched name stands for, or null.</summary>
    public int? Month(string matched) => _months.TryGetValue(matched.ToLowerInvariant(), out var m) ? m : null;

    private static IEnumerable<(string, int)> Each(params string[][] months) =>
        months.SelectMany((names, i) => names.Select(n => (n, i + 1)));

    public static readonly MonthNames English = new("en", Each(
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sep"], ["october", "oct"], ["november", "nov"], ["december", "dec"]), anyCase: false, lowerCase: false);

    public static readonly MonthNames Bulgarian = new("bg", Each(
        ["ян"], ["фев"], ["мар"], ["апр"], ["май", "маи"], ["юни"], ["юли"], ["авг"], ["сеп"], ["окт"], ["ное"], ["дек"]), false);

    public static readonly MonthNames Czech = new("cs", Each(
        ["leden", "ledna", "lednu", "led"],
        ["únor", "unor", "února", "unora", "únoru", "unoru", "úno", "uno"],
        ["březen", "brezen", "března", "brezna", "březnu", "breznu", "bře", "bre"],
        ["duben", "dubna", "dubnu", "dub"],
        ["květen", "kveten", "května", "kvetna", "květnu", "kvetnu", "kvě", "kve"],
        ["červen", "cerven", "června", "cervna", "červnu", "cervnu", "čvn", "cvn"],
        ["červenec", "cervenec", "července", "cervence", "červenci", "cervenci", "čvc", "cvc"],
        ["srpen", "srpna", "srpnu", "srp"],
        ["září", "zari", "zář", "zar"],
        ["říjen", "rijen", "října", "rijna", "říjnu", "rijnu", "říj", "rij"],
        ["listopad", "listopadu", "lis"],
        ["prosinec", "prosince", "prosinci", "pro"]), false);

    public static readonly MonthNames Welsh = new("cy", Each(
        ["ion"], ["chwe"], ["maw", "faw"], ["ebr"], ["mai", "fai"], ["meh", "feh"], ["gor", "ngor"], ["aws"], ["med", "fed"],
        ["hyd"], ["tach", "dach", "nhach", "thach"], ["rhag", "rag"]), false);

    /// <summary>Danish, and Swedish, whose names start the same: the first three letters, in any case.</summary>
    public static readonly MonthNames Danish = new("da", Each(
        ["jan"], ["feb"], ["mar"], ["apr"], ["maj"], ["jun"], ["jul"], ["aug"], ["sep"], ["okt"], ["nov"], ["dec"]), true);

    public static readonly MonthNames German = new("de", Each(
        ["jan", "jän", "jaen"], ["feb"], ["mär", "maer", "mar"], ["apr"], ["mai"], ["jun"], ["jul"], ["aug"], ["sep"], ["okt"], ["nov"], ["dez"]), false);

    public static readonly MonthNames Greek = new("el", Each(
        ["ιαν", "ίαν", "iαν"], ["φεβ"], ["μάρ", "μαρ"], ["απρ", "άπρ", "aπρ", "αρίλ", "άρίλ", "αριλ", "άριλ", "aρίλ", "aριλ"],
        ["μαΐ", "μαι", "μάι", "μαϊ", "μάϊ"], ["ιούν", "ίούν", "ίουν", "ιουν", "iούν", "iουν"], ["ιούλ", "ίούλ", "ίουλ", "ιουλ", "iούλ", "iουλ"],
        ["αύγ", "αυγ"], ["σεπ"], ["οκτ", "όκτ", "oκτ"], ["νοέ", "νοε"], ["δεκ"]), false);

    public static readonly MonthNames Spanish = new("es", Each(
        ["ene"], ["feb"], ["mar"], ["abr"], ["may"], ["jun"], ["jul"], ["ago"], ["sep"], ["oct"], ["nov"], ["dic"]), false);

    public static readonly MonthNames Estonian = new("et", Each(
        ["jaan"], ["veebr"], ["märts", "marts"], ["apr"], ["mai"], ["juuni"], ["juuli"], ["aug"], ["sept"], ["okt"], ["nov"], ["dets"]), false);

    public static readonly MonthNames Finnish = new("fi", Each(
        ["tam"], ["hel"], ["maa"], ["huh"], ["tou"], ["kes"], ["hei"], ["elo"], ["syy"], ["lok"], ["mar"], ["jou"]), false);

    public static readonly MonthNames French = new("fr", Each(
        ["janv"], ["févr", "fevr"], ["mars"], ["avr"], ["mai"], ["juin"], ["juil"], ["août", "aout"], ["sept"], ["oct"], ["nov"], ["déc", "dec"]), false);

    public static readonly MonthNames Croatian = new("hr", Each(
        ["sij"], ["velj"], ["ožu", "ozu"], ["tra"], ["svi"], ["lip"], ["srp"], ["kol"], ["ruj"], ["lis"], ["stu"], ["pro"]), false);

    public static readonly MonthNames Hungarian = new("hu", Each(
        ["jan"], ["feb"], ["márc", "marc"], ["ápr", "apr"], ["máj", "maj"], ["jún", "jun"], ["júl", "jul"], ["aug"], ["szept"], ["okt"], ["nov"], ["dec"]), false);

    public static readonly MonthNames Italian = new("it", Each(
        ["gen"], ["feb"], ["mar"], ["apr"], ["mag"], ["giu"], ["lug"], ["ago"], ["set"], ["ott"], ["nov"], ["dic"]), false);

    public static readonly MonthNames Lithuanian = new("lt", Each(
        ["sau"], ["vas"], ["kov"], ["bal"], ["geg"], ["bir"], ["lie"], ["rugp", "rgp"], ["rugs", "rgs"], ["spa", "spl"], ["lap"], ["gru", "grd"]), false);

    public static readonly MonthNames Latvian = new("lv", Each(
        ["janv"], ["febr"], ["marts"], ["apr"], ["maijs"], ["jūn", "jun"], ["jūl", "jul"], ["aug"], ["sept"], ["okt"], ["nov"], ["dec"]), false);

    public static readonly MonthNames Dutch = new("nl", Each(
        ["jan"], ["feb"], ["maa", "mrt"], ["apr"], ["mei"], ["jun"], ["jul"], ["aug"], ["sep"], ["okt"], ["nov"], ["dec"]), false);

    public static readonly MonthNames Norwegian = new("no", Each(
        ["jan"], ["feb"], ["mar"], ["apr"], ["mai"], ["jun"], ["jul"], ["aug"], ["sep"], ["okt"], ["nov"], ["des"]), false);

    public static readonly MonthNames Polish = new("pl", Each(
        ["sty"], ["lut"], ["mar"], ["kwi"], ["maj"], ["cze"], ["lip"], ["sie"], ["wrz"], ["paź", "paz"], ["lis"], ["gru"]), false);

    public static readonly MonthNames Portuguese = new("pt", Each(
        ["jan"], ["fev"], ["mar"], ["abr"], ["mai"], ["jun"], ["jul"], ["ago"], ["set"], ["out"], ["nov"], ["dez"]), false);

    public static readonly MonthNames Romanian = new("ro", Each(
        ["ian"], ["feb"], ["mar"], ["apr"], ["mai"], ["iun"], ["iul"], ["aug"], ["sep"], ["oct"], ["noi", "nov"], ["dec"]), false);

    public static readonly MonthNames Slovak = new("sk", Each(
        ["jan"], ["feb"], ["mar"], ["apr"], ["máj", "maj"], ["jún", "jun"], ["júl", "jul"], ["aug"], ["sep"], ["okt"], ["nov"], ["dec"]), false);

    public static readonly MonthNames Slovenian = new("sl", Each(
        ["jan"], ["feb"], ["mar"], ["apr"], ["maj"], ["jun"], ["jul"], ["avg"], ["sep"], ["okt"], ["nov"], ["dec"]), false);

    /// <summary>Hindi names of the Gregorian months, in Devanagari.</summary>
    public static readonly MonthNames Hindi = new("hi", Each(
        ["जनवरी"], ["फरवरी"], ["मार्च"], ["अप्रैल"], ["मई"], ["जून"], ["जुलाई"], ["अगस्त"], ["सितंबर"], ["अक्टूबर"], ["नवंबर"], ["दिसंबर"]), false);

    /// <summary>English month names as Transformation Registry 1 lists them: full names or three letters, capital first letter only.</summary>
    public static string Tr1Long { get; } = "(January|February|March|April|May|June|July|August|September|October|November|December)";

    public static string Tr1Short { get; } = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";

    /// <summary>The month of an English name (full or three letters), any case.</summary>
    public static int? EnglishMonth(string name) => English.Month(name);

    /// <summary>A Roman numeral month, I to XII (all capitals or all lower case).</summary>
    public static int? RomanMonth(string numeral) => numeral.ToLowerInvariant() switch
    {
        "i" => 1, "ii" => 2, "iii" => 3, "iv" => 4, "v" => 5, "vi" => 6, "vii" => 7, "viii" => 8, "ix" => 9, "x" => 10, "xi" => 11, "xii" => 12,
        _ => null,
    };
}
