# Assigning function attributes a decorator might set: __name__, __doc__, __qualname__, __kwdefaults__
def greet(name, *, punct="!"):
    return f"hi {name}{punct}"


greet.__name__ = "say_hi"
greet.__qualname__ = "helpers.say_hi"
greet.__doc__ = "Say hi."
print(greet.__name__, greet.__qualname__, greet.__doc__, greet("ann"))
greet.__kwdefaults__ = {"punct": "?"}
print(greet("bo"), greet.__kwdefaults__)
greet.__module__ = "helpers"
print(greet.__module__, repr(greet).startswith("<function helpers.say_hi"))
try:
    greet.__name__ = 42
except TypeError as e:
    print("TypeError:", e)
greet()
