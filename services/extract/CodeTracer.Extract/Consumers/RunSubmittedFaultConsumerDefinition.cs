using CodeTracer.Hosting.Bus;

namespace CodeTracer.Extract.Consumers;

public sealed class RunSubmittedFaultConsumerDefinition(BusOptions options) : PipelineConsumerDefinition<RunSubmittedFaultConsumer>(options);
