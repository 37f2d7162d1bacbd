using System.Globalization;
using System.Text;
using CsCheck;
using XbrlGen.Pipeline;

namespace XbrlGen.Tests.Pipeline;

/// <summary>
/// The bundled release, mutated at random (lines deleted, duplicated or swapped, bytes flipped, the file truncated,
/// characters inserted), through the whole generate pipeline. Whatever the input, a run ends with exit 0 and a complete,
/// well-formed set of documents, or exit 1 or 2 with a coded error that names its place and no output at all.
/// <c>XBRLGEN_FUZZ_ITERATIONS</c> sets the number of cases (default 2,000); a failure prints the shrunk case and the
/// <c>CsCheck_Seed</c> environment variable that replays it.
/// </summary>
public class FuzzTests
{
    private const int DefaultIterations = 2000;

    private static readonly byte[] Original = File.ReadAllBytes(TestPaths.Release);

    /// <summary>What may be typed into a release: figures and their punctuation, letters, Japanese, whitespace, a few control characters.</summary>
    private const string InsertPool = "0123456789,.()-%$¥ \t\nabcXYZQ:：円千百万年月期表　注\u0001\u007F\uFEFF";

    /// <summary>One change to the release. Positions are taken modulo the current length, so any mutation fits any file.</summary>
    public abstract record Mutation
    {
        public abstract byte[] Apply(byte[] bytes);

        protected static List<byte[]> Lines(byte[] bytes)
        {
            var lines = new List<byte[]>();
            var start = 0;
            for (var i = 0; i <= bytes.Length; i++)
            {
                if (i == bytes.Length || bytes[i] == (byte)'\n')
                {
                    lines.Add(bytes[start..i]);
                    start = i + 1;
                }
            }

            return lines;
        }

        protected static byte[] Join(List<byte[]> lines)
        {
            var result = new List<byte>();
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    result.Add((byte)'\n');
                }

                result.AddRange(lines[i]);
            }

            return [.. result];
        }
    }

    public sealed record DeleteLine(int Where) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var lines = Lines(bytes);
            lines.RemoveAt(Where % lines.Count);
            return Join(lines);
        }
    }

    public sealed record DuplicateLine(int Where) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var lines = Lines(bytes);
            var i = Where % lines.Count;
            lines.Insert(i, lines[i]);
            return Join(lines);
        }
    }

    public sealed record SwapLines(int First, int Second) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var lines = Lines(bytes);
            var (i, j) = (First % lines.Count, Second % lines.Count);
            (lines[i], lines[j]) = (lines[j], lines[i]);
            return Join(lines);
        }
    }

    public sealed record FlipByte(int Where, byte Mask) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            if (bytes.Length == 0)
            {
                return bytes;
            }

            var copy = (byte[])bytes.Clone();
            copy[Where % copy.Length] ^= Mask;
            return copy;
        }
    }

    public sealed record Truncate(int Where) : Mutation
    {
        public override byte[] Apply(byte[] bytes) => bytes.Length == 0 ? bytes : bytes[..(Where % bytes.Length)];
    }

    /// <summary>Inserts text at a character boundary (the start of a UTF-8 sequence at or after the position).</summary>
    public sealed record Insert(int Where, string Text) : Mutation
    {
        public override byte[] Apply(byte[] bytes)
        {
            var at = bytes.Length == 0 ? 0 : Where % (bytes.Length + 1);
            while (at < bytes.Length && (bytes[at] & 0xC0) == 0x80)
            {
                at++;
            }

            return [.. bytes[..at], .. Encoding.UTF8.GetBytes(Text), .. bytes[at..]];
        }

        public override string ToString() => $"Insert {{ Where = {Where}, Text = \"{string.Concat(Text.Select(c => c is < ' ' or > '~' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()))}\" }}";
    }

    private static readonly Gen<int> Where = Gen.Int[0, int.MaxValue - 1];

    internal static readonly Gen<Mutation> AnyMutation = Gen.Frequency<Mutation>(
        (3, Where.Select(w => (Mutation)new DeleteLine(w))),
        (2, Where.Select(w => (Mutation)new DuplicateLine(w))),
        (2, Gen.Select(Where, Where, (a, b) => (Mutation)new SwapLines(a, b))),
        (3, Gen.Select(Where, Gen.Int[1, 255], (w, m) => (Mutation)new FlipByte(w, (byte)m))),
        (1, Where.Select(w => (Mutation)new Truncate(w))),
        (3, Gen.Select(Where, Gen.Char[InsertPool].Array[1, 6], (w, c) => (Mutation)new Insert(w, new string(c)))));

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("XBRLGEN_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultIterations;

    [Fact]
    public void Mutated_releases_end_in_a_complete_filing_or_a_coded_error_and_no_output()
    {
        var outcomes = new int[3];
        AnyMutation.Array[1, 3].Sample(
            mutations =>
            {
                var exit = RunCase(mutations);
                Interlocked.Increment(ref outcomes[exit]);
            },
            iter: Iterations,
            print: m => string.Join(", ", m.Select(x => x.ToString())));

        // Both ends are reached: mutations the reader tolerates (a duplicated blank line) and mutations it refuses.
        Assert.True(outcomes[0] > 0, "no case generated a filing");
        Assert.True(outcomes[2] > 0, "no case was refused");
    }

    /// <summary>Runs one mutated release through the generator and checks what it left. Returns the exit code.</summary>
    internal static int RunCase(IEnumerable<Mutation> mutations)
    {
        var bytes = mutations.Aggregate(Original, (b, m) => m.Apply(b));
        var dir = TestPaths.TempDir();
        try
        {
            var release = Path.Combine(dir, "release.txt");
            File.WriteAllBytes(release, bytes);
            var output = Path.Combine(dir, "out");
            var result = Generator.Run(TestPaths.Options(release, output));
            if (result.ExitCode == 0)
            {
                Outcome.Written(result, output);
            }
            else
            {
                Outcome.Refused(result, output);
            }

            return result.ExitCode;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
