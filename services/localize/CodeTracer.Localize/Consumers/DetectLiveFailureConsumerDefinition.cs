using CodeTracer.Hosting.Bus;

namespace CodeTracer.Localize.Consumers;

public sealed class DetectLiveFailureConsumerDefinition(BusOptions options) : PipelineConsumerDefinition<DetectLiveFailureConsumer>(options);
