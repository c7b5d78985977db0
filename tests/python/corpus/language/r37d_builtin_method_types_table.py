# An introspection lesson: what kind of object each callable is, shown as a table of type names.
import math

samples = {
    "len": len,
    "math.sqrt": math.sqrt,
    "str.upper": str.upper,
    "'a'.upper": "a".upper,
    "list.append": list.append,
    "[].append": [].append,
    "dict.fromkeys": dict.fromkeys,
    "int.from_bytes": int.from_bytes,
    "int.__add__": int.__add__,
    "(1).__add__": (1).__add__,
    "object.__init__": object.__init__,
    "lambda": lambda: 0,
    "str": str,
}
for label, obj in samples.items():
    print(f"{label:16}{type(obj).__name__:28}{callable(obj)}")
print(str.upper("x"), list.append.__name__, dict.fromkeys.__self__, (1).__add__(2))
