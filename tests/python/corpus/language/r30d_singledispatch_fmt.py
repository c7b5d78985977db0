# functools.singledispatch formatting different types, with register by annotation
from functools import singledispatch
from decimal import Decimal


@singledispatch
def show(obj):
    return f"object: {obj!r}"


@show.register
def _(obj: int):
    return f"int: {obj:,}"


@show.register(float)
def _(obj):
    return f"float: {obj:.3f}"


@show.register(list)
@show.register(tuple)
def _(obj):
    return "seq: " + ", ".join(show(x) for x in obj)


for value in [1234567, 2.5, [1, 2.0], ("a",), True, Decimal("1.5"), None]:
    print(show(value))
print(show.dispatch(bool).__name__, sorted(t.__name__ for t in show.registry))
