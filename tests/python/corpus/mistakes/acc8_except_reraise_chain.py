# A handler re-raises a different exception; then a bare raise outside handlers.
def parse(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError:
            raise TypeError(f"bad value {v!r}")
    return out

try:
    parse(["1", "x"])
except TypeError as e:
    print("caught", e, "context:", repr(e.__context__), e.__suppress_context__)
parse(["2", "y"])
