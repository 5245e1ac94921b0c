using BenchmarkDotNet.Running;
using CodeTracer.Bench;

// --throughput and --peak are plain measurements; anything else goes to BenchmarkDotNet (e.g. --filter '*Extraction*' --job short).
switch (args)
{
    case ["--throughput"]:
        Throughput.Run(Console.Out);
        break;
    case ["--peak", .. var only]:
        PeakMemory.Run(Console.Out, only);
        break;
    case ["--peak-child", var name, var file]:
        PeakMemory.Measure(name, file, Console.Out);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
        break;
}
