using CodeTracer.Hosting.Bus;

namespace CodeTracer.Localize.Consumers;

public sealed class LocalizeFailureConsumerDefinition(BusOptions options) : PipelineConsumerDefinition<LocalizeFailureConsumer>(options);
