# Implicit chaining, __suppress_context__, raise from None and an error inside finally
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"need digits, got {s!r}") from None

try:
    convert("x")
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        print("context set:", repr(e))
        raise RuntimeError("lookup failed")

try:
    lookup({}, "z")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

def cleanup():
    try:
        raise ValueError("original problem")
    finally:
        print("cleaning up")
        raise OSError("cleanup also failed")

cleanup()
