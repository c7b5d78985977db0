# which kind of error did each badly indented snippet give?
snippets = ["def f():\nreturn 1", "if 1:\n    a = 1\n      b = 2", "if 1:\n\ta = 1\n        b = 2",
            "for i in x:\n    pass\n  pass"]
for s in snippets:
    try:
        compile(s, "snippet", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, "|", isinstance(e, IndentationError))
        print("   ", e)
