namespace CodeTracer.Tree.Classification;

/// <summary>
/// The command-word tables of the shell classifier. A command not listed here is treated as exploring: agents
/// mostly run observing tools, and an unknown program's effect cannot be read from its command line.
/// </summary>
internal static class CommandRules
{
    /// <summary>Commands that change files, processes, users or packages whatever their arguments.</summary>
    public static readonly HashSet<string> Changing = new(StringComparer.Ordinal)
    {
        "rm", "rmdir", "mv", "cp", "mkdir", "touch", "chmod", "chown", "chgrp", "ln", "patch", "dd", "truncate",
        "install", "unzip", "gunzip", "bunzip2", "coqc", "useradd", "usermod", "userdel", "groupadd", "chpasswd",
        "passwd", "kill", "pkill", "killall", "systemctl", "service", "make", "cmake", "ninja", "gcc", "g++", "cc",
        "clang", "javac", "rustc", "ssh-keygen", "crontab", "update-alternatives", "ldconfig", "mkfifo", "shred",
        "sshd", "nginx", "a2enmod", "locale-gen", "export", "source", "alias",
    };

    /// <summary>Test runners and interpreters: running code observes behaviour, it is how a change gets checked.</summary>
    public static readonly HashSet<string> Runners = new(StringComparer.Ordinal)
    {
        "python", "python3", "python2", "pytest", "py.test", "tox", "nosetests", "node", "ruby", "perl", "java",
        "go", "cargo", "dotnet", "npx", "bash", "sh", "zsh", "php", "Rscript", "julia", "deno", "bun", "mvn", "gradle",
    };

    /// <summary>Package managers: these sub-commands install or remove; the others (list, show, search) only read.</summary>
    public static readonly Dictionary<string, HashSet<string>> PackageManagers = new(StringComparer.Ordinal)
    {
        ["pip"] = ["install", "uninstall", "download"],
        ["pip3"] = ["install", "uninstall", "download"],
        ["uv"] = ["add", "remove", "sync", "pip", "venv"],
        ["apt-get"] = ["install", "remove", "purge", "update", "upgrade", "autoremove"],
        ["apt"] = ["install", "remove", "purge", "update", "upgrade", "autoremove"],
        ["yum"] = ["install", "remove", "update"],
        ["dnf"] = ["install", "remove", "update"],
        ["apk"] = ["add", "del", "update"],
        ["brew"] = ["install", "uninstall", "upgrade"],
        ["npm"] = ["install", "i", "ci", "uninstall", "update", "run", "init"],
        ["yarn"] = ["add", "install", "remove"],
        ["pnpm"] = ["add", "install", "remove"],
        ["conda"] = ["install", "remove", "create", "update"],
        ["gem"] = ["install", "uninstall"],
        ["cargo"] = ["install", "add", "build", "new", "init"],
        ["go"] = ["install", "get", "build", "mod"],
        ["dotnet"] = ["add", "build", "new", "publish", "restore"],
        ["tar"] = ["x", "c", "-x", "-c", "-xf", "-xzf", "-xvf", "-xvzf", "-cf", "-czf", "-cvf", "-czvf", "xf", "xzf", "xvf", "xvzf", "cf", "czf", "cvf", "czvf"],
        ["7z"] = ["x", "e", "a", "u", "d", "rn"],
        ["7za"] = ["x", "e", "a", "u", "d", "rn"],
        ["docker"] = ["run", "build", "rm", "stop", "start", "exec"],
    };

    /// <summary>Git sub-commands that move the work tree, the index or history; the rest (status, diff, log…) read.</summary>
    public static readonly HashSet<string> GitChanging = new(StringComparer.Ordinal)
    {
        "apply", "commit", "checkout", "reset", "stash", "add", "rm", "mv", "clean", "merge", "rebase", "cherry-pick",
        "pull", "clone", "init", "restore", "switch", "am", "push", "fetch", "revert", "tag", "config", "branch",
    };

    /// <summary>Words that run the command after them: the real command is the next word.</summary>
    public static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal)
    {
        "sudo", "env", "time", "nohup", "nice", "exec", "command", "builtin", "xargs", "stdbuf", "unbuffer", "then",
        "do", "else", "!", "if", "while", "until",
    };

    /// <summary>Files that redirections may name without storing anything.</summary>
    public static bool IsSink(string path) =>
        path is "/dev/null" or "/dev/stdout" or "/dev/stderr" or "/dev/tty" || path.StartsWith("/dev/fd/", StringComparison.Ordinal);
}
