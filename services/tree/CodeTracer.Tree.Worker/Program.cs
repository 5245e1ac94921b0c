using CodeTracer.Hosting;
using CodeTracer.Hosting.Health;
using CodeTracer.Tree;

var builder = WebApplication.CreateBuilder(args);
builder.AddCodeTracerHosting("codetracer-tree", bus => bus.AddTree());
var app = builder.Build();
app.MapCodeTracerHealth();
app.Run();
