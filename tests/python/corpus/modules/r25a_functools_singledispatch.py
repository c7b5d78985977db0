from functools import singledispatch

@singledispatch
def describe(obj):
    return f"something: {obj!r}"

@describe.register
def _(obj: int):
    return f"an int: {obj}"

@describe.register(list)
def _(obj):
    return f"a list of {len(obj)}"

@describe.register
def _(obj: str):
    return f"a string: {obj.upper()}"

print(describe(5))
print(describe(True))
print(describe([1, 2]))
print(describe("hi"))
print(describe(2.5))
print(describe(None))
print(describe.dispatch(bool).__name__)
print(sorted(t.__name__ for t in describe.registry))
describe()
