namespace XbrlGen.Tests.Xbrl;

/// <summary>A QName prints with its prefix, and without one when it has none.</summary>
public class QNameTests
{
    [Fact]
    public void A_qname_prints_prefixed_or_bare()
    {
        Assert.Equal("gaap:Revenues", new QName("gaap", "http://example.com/gaap", "Revenues").ToString());
        Assert.Equal("Revenues", new QName(string.Empty, "http://example.com/gaap", "Revenues").Prefixed);
    }

    [Fact]
    public void Qnames_are_equal_by_prefix_namespace_and_local_name()
    {
        Assert.Equal(new QName("a", "urn:x", "N"), new QName("a", "urn:x", "N"));
        Assert.NotEqual(new QName("a", "urn:x", "N"), new QName("a", "urn:y", "N"));
    }
}
