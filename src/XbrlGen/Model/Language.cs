namespace XbrlGen.Model;

/// <summary>The two languages of a bilingual release and its labels.</summary>
public enum Language
{
    En,
    Ja,
}

public static class LanguageExtensions
{
    public static string Code(this Language language) => language == Language.Ja ? "ja" : "en";
}
