# A pretty-printer class that dispatches on argument type with singledispatchmethod.
from functools import singledispatchmethod, singledispatch

class Pretty:
    def __init__(self, indent=2):
        self.indent = indent

    @singledispatchmethod
    def show(self, obj, level=0):
        return " " * level + repr(obj)

    @show.register
    def _(self, obj: list, level=0):
        inner = [self.show(x, level + self.indent) for x in obj]
        return " " * level + "[\n" + ",\n".join(inner) + "\n" + " " * level + "]"

    @show.register
    def _(self, obj: dict, level=0):
        pad = " " * (level + self.indent)
        lines = [f"{pad}{k}: {self.show(v).strip()}" for k, v in obj.items()]
        return " " * level + "{\n" + "\n".join(lines) + "\n" + " " * level + "}"

    @show.register(bool)
    def _(self, obj, level=0):
        return " " * level + ("yes" if obj else "no")

p = Pretty()
print(p.show([1, "two", True, {"a": 1, "b": False}]))

@singledispatch
def describe(x):
    return "something"

@describe.register(int)
@describe.register(float)
def _(x):
    return f"number {x}"

print(describe(3), describe(2.5), describe("s"), describe(True))
print(sorted(t.__name__ for t in describe.registry))
print(describe.dispatch(bool).__name__, describe.dispatch(str).__name__)
