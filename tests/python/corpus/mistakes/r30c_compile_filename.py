# compile() with a made-up filename, then running it.
src = "x = 1\ny = x / 0\n"
code = compile(src, "config.py", "exec")
ns = {}
exec(code, ns)
