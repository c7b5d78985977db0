# a tiny code checker: compile each snippet and report where the syntax error is
snippets = [
    "print('hi'",
    "if x = 1:\n    pass",
    "def f():\nreturn 1",
    "x = [1, 2 3]",
    "for i in range(3) print(i)",
    "s = 'abc",
    "a = 1\n  b = 2",
    "f(**k, *a)",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
