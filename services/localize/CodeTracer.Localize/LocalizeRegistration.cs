using CodeTracer.Localize.Consumers;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Localize.Live;
using CodeTracer.Localize.Llm;
using CodeTracer.Localize.Memory;
using CodeTracer.Localize.Notifications;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CodeTracer.Localize;

/// <summary>The localize service's one registration, called by its worker, <c>codetracer serve</c> and the tests.</summary>
public static class LocalizeRegistration
{
    public static IBusRegistrationConfigurator AddLocalize(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(TimeProvider.System);
        // Thresholds per agent framework from CodeTracer:Localizer (Default + Agents), over the built-in defaults.
        bus.TryAddSingleton(sp => LocalizerSettings.From(sp.GetRequiredService<IConfiguration>().GetSection(LocalizerSettings.Section)));
        bus.TryAddSingleton(sp => new HeuristicLocalizer(sp.GetRequiredService<LocalizerSettings>()));
        bus.TryAddSingleton(new LiveDetectorOptions());
        bus.TryAddSingleton<LiveDetectors>();
        bus.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section);
        // One client for the process: sockets are pooled and DNS is re-resolved every few minutes.
        bus.TryAddSingleton(_ => new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }));
        bus.TryAddSingleton<WebhookSender>();
        // The LLM is off until CodeTracer:Llm:Endpoint is set; the Diagnoser then uses it, with the heuristics as fallback.
        bus.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section);
        bus.TryAddSingleton(sp => new LlmDiagnoser(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value, sp.GetRequiredService<HttpClient>(), sp.GetRequiredService<TimeProvider>()));
        bus.TryAddSingleton<DiagnosisMemory>();
        bus.TryAddSingleton<Diagnoser>();
        bus.AddConsumer<LocalizeFailureConsumer, LocalizeFailureConsumerDefinition>();
        bus.AddConsumer<TraceTreeBuiltFaultConsumer, TraceTreeBuiltFaultConsumerDefinition>();
        bus.AddConsumer<DetectLiveFailureConsumer, DetectLiveFailureConsumerDefinition>();
        bus.AddConsumer<FailureWebhookConsumer, FailureWebhookConsumerDefinition>();
        return bus;
    }
}
