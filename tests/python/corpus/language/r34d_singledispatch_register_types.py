# A pretty-printer built with singledispatch, registering by annotation and by type
from functools import singledispatch
from decimal import Decimal
from collections import OrderedDict

@singledispatch
def show(obj, indent=0):
    return " " * indent + f"<{type(obj).__name__}>"

@show.register
def _(obj: int, indent=0):
    return " " * indent + f"int {obj:,}"

@show.register(float)
@show.register(Decimal)
def _num(obj, indent=0):
    return " " * indent + f"number {obj:.2f}"

@show.register
def _(obj: list, indent=0):
    inner = "\n".join(show(x, indent + 2) for x in obj)
    return " " * indent + "list:\n" + inner

@show.register(dict)
def _(obj, indent=0):
    return " " * indent + "dict of " + ", ".join(map(str, obj))

print(show([1234567, 2.5, Decimal("3.14159"), [True, None], "hi"]))
print(show(OrderedDict(a=1, b=2)))
print(show.dispatch(bool).__name__, show.dispatch(OrderedDict) is show.registry[dict])
print(sorted(t.__name__ for t in show.registry))
