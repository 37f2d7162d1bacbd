namespace XbrlGen.Noop;

/// <summary>Does nothing but start and exit: the floor for process start-up time.</summary>
public static class Program
{
    public static int Main() => 0;
}
