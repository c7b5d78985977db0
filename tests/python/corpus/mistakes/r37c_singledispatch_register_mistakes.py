# formatting values by type with singledispatch; registering went wrong
from functools import singledispatch

@singledispatch
def show(value):
    return f"value {value!r}"

@show.register
def _(value: int):
    return f"int {value}"

@show.register(list)
def _(value):
    return "list of " + ", ".join(show(v) for v in value)

print(show(3), "|", show("x"), "|", show([1, "y"]))

@show.register
def _(value: "number"):
    return "a number"
