using Mono.Cecil;
using Mono.Cecil.Cil;

namespace XbrlGen.Tests;

/// <summary>
/// The layering of the library and the CLI, read from the compiled code (every type a type's signatures and method
/// bodies use, lambdas and iterators included), not from <c>using</c> lines: the floor imports nothing above it, and no
/// stage imports a stage after its own.
/// </summary>
public class ArchitectureTests
{
    /// <summary>The floor, then the generator's domain model, then the stages in the order data flows.</summary>
    private static readonly string[] Layers = ["Xbrl", "Diagnostics", "Model", "Reading", "Mapping", "Review", "Rendering", "Validation", "Packaging", "Comparison", "Pipeline", "Init", "Cli"];

    private static readonly HashSet<string> Floor = ["Xbrl", "Diagnostics"];

    /// <summary>Every (from folder, to folder) dependency between XbrlGen's folders, each with one type that has it.</summary>
    private static readonly Lazy<Dictionary<(string From, string To), string>> Dependencies = new(() =>
    {
        var found = new Dictionary<(string, string), string>();
        foreach (var assembly in new[] { typeof(XbrlGen.Model.Filing).Assembly, typeof(XbrlGen.Cli.Program).Assembly })
        {
            using var module = ModuleDefinition.ReadModule(assembly.Location);
            foreach (var type in module.GetTypes())
            {
                var from = assembly == typeof(XbrlGen.Model.Filing).Assembly ? Layer(type) : "Cli";
                if (from is null)
                {
                    continue;
                }

                foreach (var used in Used(type).Select(Layer).OfType<string>().Where(l => l != from))
                {
                    found.TryAdd((from, used), type.FullName);
                }
            }
        }

        return found;
    });

    /// <summary>The folder a type belongs to: the second part of its (outermost declaring type's) namespace, <c>XbrlGen.Mapping.Checks</c> is Mapping.</summary>
    private static string? Layer(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        var parts = type.Namespace.Split('.');
        return parts.Length >= 2 && parts[0] == "XbrlGen" && Layers.Contains(parts[1]) ? parts[1] : null;
    }

    private static IEnumerable<TypeReference> Used(TypeDefinition type)
    {
        IEnumerable<TypeReference> Expand(TypeReference? t)
        {
            if (t is null)
            {
                yield break;
            }

            yield return t.GetElementType();
            if (t is GenericInstanceType generic)
            {
                foreach (var arg in generic.GenericArguments.SelectMany(Expand))
                {
                    yield return arg;
                }
            }
        }

        var refs = new List<TypeReference?> { type.BaseType };
        refs.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        refs.AddRange(type.Fields.Select(f => f.FieldType));
        refs.AddRange(type.Properties.Select(p => p.PropertyType));
        refs.AddRange(type.CustomAttributes.Select(a => a.AttributeType));
        foreach (var method in type.Methods)
        {
            refs.Add(method.ReturnType);
            refs.AddRange(method.Parameters.Select(p => p.ParameterType));
            if (!method.HasBody)
            {
                continue;
            }

            refs.AddRange(method.Body.Variables.Select(v => v.VariableType));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        refs.Add(t);
                        break;
                    case MethodReference m:
                        refs.Add(m.DeclaringType);
                        refs.Add(m.ReturnType);
                        refs.AddRange(m.Parameters.Select(p => p.ParameterType));
                        break;
                    case FieldReference f:
                        refs.Add(f.DeclaringType);
                        refs.Add(f.FieldType);
                        break;
                }
            }
        }

        return refs.SelectMany(Expand);
    }

    private static IEnumerable<string> Violations(Func<string, string, bool> allowed) =>
        Dependencies.Value.Where(d => !allowed(d.Key.From, d.Key.To)).Select(d => $"{d.Key.From} imports {d.Key.To} (e.g. in {d.Value})").Order(StringComparer.Ordinal);

    [Fact]
    public void The_scan_sees_the_dependencies_the_stages_are_known_to_have()
    {
        // A scan that found nothing would pass every rule below: these are real, wanted dependencies.
        Assert.Contains(("Mapping", "Reading"), Dependencies.Value.Keys);
        Assert.Contains(("Pipeline", "Validation"), Dependencies.Value.Keys);
        Assert.Contains(("Mapping", "Xbrl"), Dependencies.Value.Keys);
        Assert.Contains(("Cli", "Pipeline"), Dependencies.Value.Keys);
    }

    [Fact]
    public void The_floor_imports_nothing_above_it() =>
        Assert.Empty(Violations((from, to) => !Floor.Contains(from) || Floor.Contains(to)));

    [Fact]
    public void The_generators_model_stands_on_the_floor_alone() =>
        Assert.Empty(Violations((from, to) => from != "Model" || Floor.Contains(to)));

    [Fact]
    public void No_folder_imports_a_stage_after_its_own() =>
        Assert.Empty(Violations((from, to) => Rank(to) <= Rank(from)));

    /// <summary>A folder's place in the flow; the floor's two folders share the first.</summary>
    private static int Rank(string layer) => Floor.Contains(layer) ? 0 : Array.IndexOf(Layers, layer);

    [Fact]
    public void Validation_imports_only_the_floor_as_it_serves_filings_XbrlGen_did_not_make() =>
        Assert.Empty(Violations((from, to) => from != "Validation" || Floor.Contains(to)));
}
