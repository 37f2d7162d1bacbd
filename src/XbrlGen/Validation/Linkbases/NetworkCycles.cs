using System.Xml.Linq;

namespace XbrlGen.Validation.Linkbases;

/// <summary>Cycle detection over the edges of one base set: directed cycles, and cycles of the undirected graph.</summary>
public static class NetworkCycles
{
    public static NetworkRelationship? Directed(List<(XElement From, XElement To, NetworkRelationship R)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.ToList());
        var state = new Dictionary<XElement, int>();
        foreach (var start in next.Keys)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var stack = new Stack<(XElement Node, int Index)>();
            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (node, index) = stack.Pop();
                var outs = next.GetValueOrDefault(node);
                if (outs is null || index >= outs.Count)
                {
                    state[node] = 2;
                    continue;
                }

                stack.Push((node, index + 1));
                var edge = outs[index];
                var s = state.GetValueOrDefault(edge.To);
                if (s == 1)
                {
                    return edge.R;
                }

                if (s == 0)
                {
                    state[edge.To] = 1;
                    stack.Push((edge.To, 0));
                }
            }
        }

        return null;
    }

    public static NetworkRelationship? Undirected(List<(XElement From, XElement To, NetworkRelationship R)> edges)
    {
        var parent = new Dictionary<XElement, XElement>();
        XElement Find(XElement x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                x = p;
            }

            return x;
        }

        foreach (var (from, to, r) in edges)
        {
            var a = Find(from);
            var b = Find(to);
            if (a == b)
            {
                return r;
            }

            parent[a] = b;
        }

        return null;
    }
}
