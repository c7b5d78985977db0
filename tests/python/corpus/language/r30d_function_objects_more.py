# Function objects built and copied: types.FunctionType from a code object, copy of functions, partial attrs
import copy
import functools
import types


def greet(name, greeting="hello"):
    return f"{greeting}, {name}"


clone = types.FunctionType(greet.__code__, globals(), "clone", ("hi",))
print(clone("ann"), clone.__name__, clone.__defaults__, clone is not greet)
print(copy.copy(greet) is greet, copy.deepcopy(greet) is greet)
p = functools.partial(greet, greeting="yo")
p.note = "partials have a __dict__"
print(p("bo"), p.note, p.func is greet, p.keywords)
wrapped = functools.update_wrapper(functools.partial(greet, "cy"), greet)
print(wrapped(), wrapped.__name__, wrapped.__wrapped__ is greet)
sq = types.LambdaType
print(sq is types.FunctionType, isinstance(lambda: 0, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
x = 42
print(f"{x=}", f"{x = }", f"{x=:>6}", f"{x * 2 = }", f"{greet('dee')=}", f"{x=!s}")
greet.__code__ = clone.__code__
print(greet("ed"))
