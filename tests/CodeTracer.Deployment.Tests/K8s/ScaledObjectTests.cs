using CodeTracer.Deployment.Tests.Support;
using CodeTracer.Localize.Consumers;
using MassTransit;

namespace CodeTracer.Deployment.Tests.K8s;

public sealed class ScaledObjectTests
{
    [Fact]
    public void TheLocalizeWorkersScaleOnTheQueueTheirConsumerReads()
    {
        var scaled = Assert.Single(YamlDocs.Load("k8s"), d => d.Root.Text("kind") == "ScaledObject").Root;
        var trigger = Assert.Single(scaled.Items("spec", "triggers"));

        Assert.Equal(KebabCaseEndpointNameFormatter.Instance.Consumer<LocalizeFailureConsumer>(), trigger.Text("metadata", "queueName"));
    }
}
