# an error reporter that shows the extra fields errors carry
class Box:
    size = 3

errs = []
for action in (lambda: Box().colour, lambda: undefined_thing, lambda: __import__("no_such_mod"),
               lambda: Box.sise):
    try:
        action()
    except Exception as e:
        errs.append(e)
for e in errs:
    print(type(e).__name__, e.args)
    for attr in ("name", "obj", "path", "msg"):
        if hasattr(e, attr):
            v = getattr(e, attr)
            print("   ", attr, "=", v if not isinstance(v, Box) else "<a Box>")
