# compile() of code with SyntaxWarnings under file names that are and are not "<...>"
snippets = [("x = 1\nprint(x is 1)\n", "checker.py"), ("y is 'a'", "<answer>"), ("assert (1, 'msg')", "/tmp/student_answer.py")]
codes = []
for src, name in snippets:
    codes.append(compile(src, name, "exec"))
    print("compiled", name)
exec(codes[0], {})
print(codes[2].co_filename)
