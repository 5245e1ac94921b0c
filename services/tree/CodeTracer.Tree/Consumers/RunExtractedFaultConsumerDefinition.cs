using CodeTracer.Hosting.Bus;

namespace CodeTracer.Tree.Consumers;

public sealed class RunExtractedFaultConsumerDefinition(BusOptions options) : PipelineConsumerDefinition<RunExtractedFaultConsumer>(options);
