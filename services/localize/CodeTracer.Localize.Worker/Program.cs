using CodeTracer.Hosting;
using CodeTracer.Hosting.Health;
using CodeTracer.Localize;

var builder = WebApplication.CreateBuilder(args);
builder.AddCodeTracerHosting("codetracer-localize", bus => bus.AddLocalize());
var app = builder.Build();
app.MapCodeTracerHealth();
app.Run();
