from functools import singledispatch, singledispatchmethod

@singledispatch
def describe(obj):
    return f"object {obj!r}"

@describe.register
def _(obj: int):
    return f"int {obj}"

@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)

@describe.register
def _(obj: bool):
    return f"bool {obj}"

@describe.register(float)
@describe.register(complex)
def _(obj):
    return f"number {obj}"

print(describe(5))
print(describe(True))
print(describe([1, "a", 2.5]))
print(describe(None))
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.dispatch(object))
print(sorted(t.__name__ for t in describe.registry))

class Shape:
    @singledispatchmethod
    def scale(self, factor):
        raise NotImplementedError(type(factor).__name__)
    @scale.register
    def _(self, factor: int):
        return f"int scale {factor}"
    @scale.register
    def _(self, factor: str):
        return f"named scale {factor!r}"

s = Shape()
print(s.scale(2), s.scale("double"))
try:
    s.scale(2.5)
except NotImplementedError as e:
    print("NotImplementedError:", e)
