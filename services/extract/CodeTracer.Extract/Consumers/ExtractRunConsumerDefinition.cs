using CodeTracer.Hosting.Bus;

namespace CodeTracer.Extract.Consumers;

public sealed class ExtractRunConsumerDefinition(BusOptions options) : PipelineConsumerDefinition<ExtractRunConsumer>(options);
