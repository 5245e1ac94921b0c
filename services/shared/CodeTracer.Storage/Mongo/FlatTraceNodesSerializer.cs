using CodeTracer.Contracts.Trees;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace CodeTracer.Storage.Mongo;

/// <summary>
/// Stores the tree's nested nodes as one flat array in pre-order, each entry naming its parent's index. A change
/// is a child of the step before it, so a run with many changes nests as deep as it has changes, and MongoDB
/// refuses documents nested past 100 levels: flat, a tree of any depth is one level deep.
/// </summary>
internal sealed class FlatTraceNodesSerializer : SerializerBase<IReadOnlyList<TraceNode>>
{
    private const int NoParent = -1;

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, IReadOnlyList<TraceNode> value)
    {
        var writer = context.Writer;
        writer.WriteStartArray();
        var index = 0;
        var pending = new Stack<(TraceNode Node, int Parent)>(value.Reverse().Select(node => (node, NoParent)));
        while (pending.Count > 0)
        {
            var (node, parent) = pending.Pop();
            var self = index++;
            writer.WriteStartDocument();
            writer.WriteInt32("stepId", node.StepId);
            writer.WriteString("kind", node.Kind.ToString());
            writer.WriteInt32("parent", parent);
            writer.WriteEndDocument();
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                pending.Push((node.Children[i], self));
            }
        }

        writer.WriteEndArray();
    }

    public override IReadOnlyList<TraceNode> Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args)
    {
        var entries = ReadEntries(context.Reader);

        // Pre-order puts every child after its parent, so building from the end has each node's children ready.
        var children = new List<TraceNode>?[entries.Count];
        var roots = new List<TraceNode>();
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var kids = children[i] ?? [];
            kids.Reverse();
            var node = new TraceNode(entries[i].StepId, entries[i].Kind, kids);
            if (entries[i].Parent == NoParent)
            {
                roots.Add(node);
            }
            else
            {
                (children[entries[i].Parent] ??= []).Add(node);
            }
        }

        roots.Reverse();
        return roots;
    }

    private static List<(int StepId, StepKind Kind, int Parent)> ReadEntries(IBsonReader reader)
    {
        var entries = new List<(int, StepKind, int)>();
        reader.ReadStartArray();
        while (reader.ReadBsonType() != BsonType.EndOfDocument)
        {
            var (stepId, kind, parent) = (0, StepKind.Explore, NoParent);
            reader.ReadStartDocument();
            while (reader.ReadBsonType() != BsonType.EndOfDocument)
            {
                switch (reader.ReadName())
                {
                    case "stepId":
                        stepId = reader.ReadInt32();
                        break;
                    case "kind":
                        kind = Enum.Parse<StepKind>(reader.ReadString());
                        break;
                    case "parent":
                        parent = reader.ReadInt32();
                        break;
                    default:
                        reader.SkipValue();
                        break;
                }
            }

            reader.ReadEndDocument();
            entries.Add((stepId, kind, parent));
        }

        reader.ReadEndArray();
        return entries;
    }
}
