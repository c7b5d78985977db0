# Exception context and cause attributes: implicit chaining, from None, and __suppress_context__.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k}") from None

def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad") 

for fn, arg in [(lambda: lookup({}, "a"), None), (lambda: convert("x"), None)]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, repr(e.__cause__), type(e.__context__).__name__, e.__suppress_context__)
e = RuntimeError("manual")
e.__context__ = KeyError("ctx")
e.__cause__ = None
print(e.__suppress_context__)
e.__cause__ = ValueError("cause")
print(e.__suppress_context__)
try:
    e.__cause__ = "nope"
except TypeError as err:
    print(err)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("second") from z
except ValueError as v:
    print(v.__cause__ is v.__context__, v.__traceback__ is not None)
raise e
