# Pretty-printer built with functools.singledispatch, registering by annotation and by union-ish stacking.
from functools import singledispatch
from decimal import Decimal
from fractions import Fraction

@singledispatch
def show(obj, indent=0):
    return " " * indent + f"<{type(obj).__name__}>"

@show.register
def _(obj: int, indent=0):
    return " " * indent + f"int {obj:+d}"

@show.register(float)
@show.register(Decimal)
def _(obj, indent=0):
    return " " * indent + f"real {obj:.3f}"

@show.register
def _(obj: list, indent=0):
    lines = [" " * indent + "["]
    lines += [show(x, indent + 2) for x in obj]
    lines.append(" " * indent + "]")
    return "\n".join(lines)

@show.register(dict)
def _(obj, indent=0):
    return "\n".join(" " * indent + f"{k}: " + show(v).strip() for k, v in obj.items())

print(show([1, 2.5, Decimal("3.14159"), [True, None], Fraction(1, 3)]))
print(show({"a": 1, "b": [2]}))
print(show.dispatch(bool).__name__, show.dispatch(bool) is show.dispatch(int))
print(sorted(t.__name__ for t in show.registry))
