namespace CodeTracer.Tree.Stages;

/// <summary>Command words that name a phase: package installs, environment setup and probes, builds, cleanup.</summary>
internal static class CommandPhases
{
    private static readonly Dictionary<string, HashSet<string>> Installers = new(StringComparer.Ordinal)
    {
        ["pip"] = ["install", "uninstall"],
        ["pip3"] = ["install", "uninstall"],
        ["uv"] = ["add", "remove", "sync", "pip"],
        ["apt-get"] = ["install", "remove", "purge", "update", "upgrade"],
        ["apt"] = ["install", "remove", "purge", "update", "upgrade"],
        ["yum"] = ["install", "remove", "update"],
        ["dnf"] = ["install", "remove", "update"],
        ["apk"] = ["add", "del", "update"],
        ["brew"] = ["install", "uninstall", "upgrade"],
        ["npm"] = ["install", "i", "ci", "uninstall"],
        ["yarn"] = ["add", "install", "remove"],
        ["pnpm"] = ["add", "install", "remove"],
        ["conda"] = ["install", "remove", "update"],
        ["mamba"] = ["install", "remove"],
        ["gem"] = ["install", "uninstall"],
        ["bundle"] = ["install"],
        ["composer"] = ["install", "require"],
        ["poetry"] = ["install", "add"],
        ["pipx"] = ["install"],
        ["cargo"] = ["install", "add", "fetch"],
        ["go"] = ["get", "install", "mod"],
        ["dotnet"] = ["add", "restore"],
        ["cpan"] = ["install"],
        ["cpanm"] = [],
    };

    private static readonly HashSet<string> SetupWords = new(StringComparer.Ordinal)
    {
        "export", "source", ".", "virtualenv", "useradd", "usermod", "groupadd", "chpasswd", "passwd", "systemctl", "service",
        "a2enmod", "locale-gen", "update-alternatives", "ssh-keygen", "ldconfig", "crontab", "sshd", "nginx", "unset", "ulimit",
        "which", "whereis", "uname", "nproc", "printenv", "lsb_release", "nvidia-smi", "apt-cache", "dpkg", "whoami", "hostname",
        "free", "df",
    };

    private static readonly HashSet<string> NeutralWords = new(StringComparer.Ordinal)
    {
        "cd", "echo", "printf", "sleep", "true", "false", ":", "pwd", "clear", "exit", "wait", "jobs", "set", "test", "[",
    };

    public static bool IsInstall(string name, List<string> args)
    {
        if (name is "python" or "python3" && args.Count >= 3 && args[0] == "-m" && args[1] is "pip" && args[2] is "install" or "uninstall")
        {
            return true;
        }

        if (name is "python" or "python3" && args.Count >= 2 && args[0] == "setup.py" && args[1] is "install" or "develop")
        {
            return true;
        }

        if (name == "make" && args.Contains("install"))
        {
            return true;
        }

        return Installers.TryGetValue(name, out var subs) && (subs.Count == 0 || args.FirstOrDefault(a => !a.StartsWith('-')) is { } sub && subs.Contains(sub));
    }

    public static bool IsSetup(string name, List<string> args) =>
        SetupWords.Contains(name)
        || name is "conda" && args.FirstOrDefault() is "create" or "activate" or "init" or "list" or "info" or "env"
        || name is "python" or "python3" && args.Count >= 2 && args[0] == "-m" && args[1] is "venv" or "virtualenv"
        || name is "python" or "python3" or "node" or "java" or "go" or "gcc" or "cargo" or "rustc" or "npm" or "pip" or "pip3" && args.Count == 1 && args[0] is "--version" or "-V" or "-v" or "version" or "-version"
        || name is "pip" or "pip3" && args.FirstOrDefault() is "list" or "show" or "freeze"
        || name is "python" or "python3" && args.Count >= 3 && args[0] == "-m" && args[1] == "pip" && args[2] is "list" or "show" or "freeze"
        || name == "git" && args.FirstOrDefault() is "clone" or "init" or "config"
        || name == "docker" && args.FirstOrDefault() is "run" or "build" or "pull" or "start";

    public static bool IsBuild(string name, List<string> args) =>
        name is "make" or "cmake" or "ninja" or "gcc" or "g++" or "cc" or "clang" or "javac" or "rustc" or "coqc" or "tsc"
        || name is "cargo" or "go" or "dotnet" && args.FirstOrDefault() is "build" or "test" or "run" or "check"
        || name is "npm" or "yarn" or "pnpm" && args.FirstOrDefault() is "run" or "test" or "build";

    public static bool IsCleanup(string name) => name is "kill" or "pkill" or "killall";

    public static bool IsNeutral(string name) => NeutralWords.Contains(name);
}
