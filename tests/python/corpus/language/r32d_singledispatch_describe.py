# functools.singledispatch to describe values of different types, and a method version
from functools import singledispatch, singledispatchmethod


@singledispatch
def describe(obj):
    return f"something: {obj!r}"


@describe.register
def _(obj: int):
    return f"int with {obj.bit_length()} bits"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}: " + ", ".join(describe(x) for x in obj)


@describe.register
def _(obj: bool):
    return "a bool!"


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return str(arg)

    @fmt.register
    def _(self, arg: float):
        return f"{arg:.2f}"


for v in [42, True, [1, "x", (2.5,)], None, 3.14159]:
    print(describe(v))
print(Formatter().fmt(2.0), Formatter().fmt("hi"))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))
