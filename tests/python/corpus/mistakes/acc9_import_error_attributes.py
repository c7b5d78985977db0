# ImportError's name, path and msg.
try:
    import asyncioo
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e.msg)
e = ImportError("cannot load", name="plugin", path="/plugins/p.py")
print(e, e.name, e.path, e.args)
raise ImportError("no plugin", nmae="x")
