using CodeTracer.Contracts.Trees;
using CodeTracer.Tree.Classification;

namespace CodeTracer.Tree.Tests.Classification;

/// <summary>
/// Commands of mini-SWE-agent <c>bash</c> and Claude Code / Harbor <c>Bash</c> steps. Each row is copied from the <c>action</c> field of a corpus listing (corpus/expected), with the kind a
/// reviewer gives it: does it leave the environment in a different state for the next step?
/// </summary>
public sealed class ShellCommandsOfMiniSweAgentAndTerminalBenchTests
{
    [Theory]
    [InlineData("cd /testbed && grep -r \"file_build\" astroid/ --include=\"*.py\"", StepKind.Explore)]
    [InlineData("grep -r \"def db_for\" /testbed --include=\"*.py\" | head -10", StepKind.Explore)]
    [InlineData("cd /testbed && grep -n \"resolve_expression\" /testbed/django/db/models/query_utils.py -B 5 -A 20", StepKind.Explore)]
    [InlineData("cd /testbed && python -m pytest pydicom/tests/test_charset.py -xvs -k PersonName", StepKind.Explore)]
    [InlineData("grep -r \"MultiWidget\" --include=\"*.py\" . | grep -i \"id_for_label\"", StepKind.Explore)]
    [InlineData("cd /testbed && grep -B5 -A20 \"def _create_unique_sql\" django/db/backends/sqlite3/schema.py", StepKind.Explore)]
    [InlineData("cat -n pydicom/jsonrep.py | head -250", StepKind.Explore)]
    [InlineData("grep -r \"encoding\" src/sqlfluff/core/default.cfg", StepKind.Explore)]
    [InlineData("cd /testbed && head -50 django/db/migrations/operations/models.py | grep -n \"import\\|from\"", StepKind.Explore)]
    [InlineData("cd /testbed && grep -n \"header_rows\" astropy/io/ascii/rst.py", StepKind.Explore)]
    [InlineData("cd /testbed && git diff -- pydicom/dataset.py > patch.txt", StepKind.Change)]
    [InlineData("sed -n '214,250p' /testbed/django/db/models/deletion.py", StepKind.Explore)]
    [InlineData("cd /testbed && cp django/core/management/__init__.py django/core/management/__init__.py.backup", StepKind.Change)]
    [InlineData("cd /testbed && grep -l \"ManagementUtility\" tests/*/tests.py 2>/dev/null | head -5", StepKind.Explore)]
    [InlineData("cd /testbed && cat patch.txt", StepKind.Explore)]
    [InlineData("cat ./tests/test_utils/tests.py | grep -B10 -A10 \"FILE_UPLOAD_PERMISSIONS\"", StepKind.Explore)]
    [InlineData("cd /testbed && grep -n \"class.*Field.*CharField\" ./django/db/models/fields/__init__.py", StepKind.Explore)]
    [InlineData("grep -r -i \"if.modified.since\\|if_modified_since\" --include=\"*.py\" .", StepKind.Explore)]
    [InlineData("cd /testbed && grep -n \"class BooleanField\" /testbed/django/db/models/fields/__init__.py -A 50 | head -100", StepKind.Explore)]
    [InlineData("cd /testbed && sed -n '200,210p' ./django/db/models/fields/__init__.py", StepKind.Explore)]
    [InlineData("cd /testbed && sed -n '1192,1210p' django/db/migrations/autodetector.py", StepKind.Explore)]
    [InlineData("grep -n -B 5 -A 5 \"test_VM_1\" pydicom/tests/test_dataelem.py", StepKind.Explore)]
    [InlineData("cd /testbed && python final_test.py 2>&1", StepKind.Explore)]
    [InlineData("grep -n \"id_for_label\" ./tests/forms_tests/widget_tests/test_multiwidget.py", StepKind.Explore)]
    [InlineData("find django -name \"*.py\" | xargs grep -l \"class RenameIndex\" | head -20", StepKind.Explore)]
    [InlineData("grep -n \"_infer_str_format_call\" ./astroid/brain/brain_builtin_inference.py", StepKind.Explore)]
    [InlineData("cat /testbed/tests/multiple_database/routers.py | head -50", StepKind.Explore)]
    [InlineData("cd /testbed && grep -B20 -A5 \"path_ \\+ \\\".py\\\"\" astroid/builder.py", StepKind.Explore)]
    [InlineData("cd /testbed && cp django/db/migrations/autodetector.py.fixed_final django/db/migrations/autodetector.py", StepKind.Change)]
    [InlineData("cd /testbed && python -c \"import numpy as np; print('trapz' in dir(np))\"", StepKind.Explore)]
    [InlineData(": true", StepKind.Explore)]
    [InlineData("ls -la encrypted_data/", StepKind.Explore)]
    [InlineData(":\"\" ", StepKind.Explore)]
    [InlineData("ls -la /app/ | grep -v john", StepKind.Explore)]
    [InlineData(":  test the polyglot file ", StepKind.Explore)]
    [InlineData("echo \"move N\" | ./maze_game.sh", StepKind.Explore)]
    [InlineData(": echo \"test\"", StepKind.Explore)]
    [InlineData("python test_dirfs_async.py", StepKind.Explore)]
    [InlineData(": evaluate /app/polyglot/main.py.c 10", StepKind.Explore)]
    [InlineData(": \"install Compress-Raw-Lzma Perl module\" && apt-get install -y -qq libcompress-raw-lzma-perl", StepKind.Change)]
    [InlineData("ls -1 /app/john/run | grep -i '7z2john' -n || true", StepKind.Explore)]
    [InlineData("openssl genrsa -out /app/ssl/server.key 2048 && chmod 600 /app/ssl/server.key && ls -l /app/ssl/server.key && file /app/ssl/server.key", StepKind.Change)]
    [InlineData("pip install -e .", StepKind.Change)]
    [InlineData(": test the C polyglot code", StepKind.Explore)]
    [InlineData("seq -w 0 9999 > /app/pin_wordlist.txt", StepKind.Change)]
    [InlineData("echo \"move W\" | ./maze_game.sh", StepKind.Explore)]
    [InlineData("/app/john/run/john --mask=?d?d?d?d /app/secrets.hash", StepKind.Explore)]
    [InlineData(": fetching references...", StepKind.Explore)]
    [InlineData("python test_final_validation.py", StepKind.Explore)]
    [InlineData(": setting up repository structure...", StepKind.Explore)]
    [InlineData("cat results/sentence-transformers__all-MiniLM-L6-v2/mock-commit-id/no_model_name_available/no_revision_available/STS12.json", StepKind.Explore)]
    [InlineData("openssl x509 -in /app/ssl/server.crt -noout -subject", StepKind.Explore)]
    [InlineData(": \"find password cracking tools\" && ls -la /app/john/ && find /app/john -name \"*.py\" -o -name \"7z*\" | head -20", StepKind.Explore)]
    [InlineData("wc -c /app/secrets.7z.hash", StepKind.Explore)]
    [InlineData("mkdir -p /app/encrypted_data && rencrypt -p foo -o /app/encrypted_data /app/data/sample1.txt", StepKind.Change)]
    public void ARealCommandIsClassifiedAsAReviewerWould(string command, StepKind expected) =>
        Assert.Equal(expected, ShellClassifier.Classify(command).Kind);
}
