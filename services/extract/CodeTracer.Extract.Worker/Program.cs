using CodeTracer.Hosting;
using CodeTracer.Hosting.Health;
using CodeTracer.Extract;

var builder = WebApplication.CreateBuilder(args);
builder.AddCodeTracerHosting("codetracer-extract", bus => bus.AddExtract());
var app = builder.Build();
app.MapCodeTracerHealth();
app.Run();
