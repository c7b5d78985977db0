# Checking learners' code snippets with compile() and reporting the SyntaxError details.
snippets = {
    "return outside": "return 5",
    "break outside": "break",
    "nonlocal at top": "nonlocal x",
    "bad assign": "f() = 3",
    "missing colon": "if True\n    pass",
    "unclosed paren": "print((1, 2)",
    "bad indent": "def f():\nreturn 1",
    "await outside": "await x",
    "yield outside": "yield 1",
    "keyword arg repeat": "f(a=1, a=2)",
    "walrus bad": "(a.b := 1)",
    "ok": "x = [i for i in range(3)]",
    "continue in finally ok": "for i in []:\n    try:\n        pass\n    finally:\n        continue",
    "star alone": "*a = 1",
    "del literal": "del 5",
    "assign to keyword": "None = 1",
}
for label, src in snippets.items():
    try:
        compile(src, "<snippet>", "exec")
        print(f"{label:22} compiles")
    except SyntaxError as e:
        print(f"{label:22} {type(e).__name__}: {e.msg} (line {e.lineno})")
