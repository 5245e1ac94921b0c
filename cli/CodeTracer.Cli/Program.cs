using CodeTracer.Cli;

return await CodeTracerApp.RunAsync(args, Console.Out, Console.Error);
