# A class-based call-counting decorator that also works on methods via __get__.
import functools
import types

class counted:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)

    def __repr__(self):
        return f"<counted {self.__name__}: {self.calls} calls>"

@counted
def hello(name):
    """Say hello."""
    return f"hello {name}"

class Greeter:
    def __init__(self, word):
        self.word = word

    @counted
    def greet(self, who):
        return f"{self.word}, {who}"

print(hello("a"), hello("b"), hello)
print(hello.__doc__, hello.__name__, hello.__wrapped__ is hello.func)
g1, g2 = Greeter("hi"), Greeter("yo")
print(g1.greet("x"), g2.greet("y"), g1.greet("z"))
print(Greeter.greet, Greeter.greet.calls)
print(type(g1.greet).__name__, g1.greet.__self__ is g1, g1.greet.__func__ is Greeter.__dict__["greet"])
print(callable(hello), callable(Greeter), callable(g1))
g1()
