using CodeTracer.Hosting.Bus;

namespace CodeTracer.Localize.Consumers;

public sealed class TraceTreeBuiltFaultConsumerDefinition(BusOptions options) : PipelineConsumerDefinition<TraceTreeBuiltFaultConsumer>(options);
