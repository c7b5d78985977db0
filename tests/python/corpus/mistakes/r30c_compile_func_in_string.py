# A function defined in a compiled string under a fake filename, called later.
source = "def area(w, h):\n    return w * h\n\ndef bad(w):\n    return w.height\n"
ns = {}
exec(compile(source, "shapes.py", "exec"), ns)
print(ns["area"](2, 3))
print(ns["bad"](4))
