using CodeTracer.Hosting.Bus;

namespace CodeTracer.Tree.Consumers;

public sealed class BuildTraceTreeConsumerDefinition(BusOptions options) : PipelineConsumerDefinition<BuildTraceTreeConsumer>(options);
