using CodeTracer.Hosting;
using CodeTracer.Hosting.Health;
using CodeTracer.Ingest;

var builder = WebApplication.CreateBuilder(args);
builder.AddCodeTracerHosting("codetracer-ingest", bus => { });
builder.Services.AddIngest(builder.Configuration);

var app = builder.Build();
app.MapCodeTracerHealth();
app.UseIngest();
app.Run();

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
