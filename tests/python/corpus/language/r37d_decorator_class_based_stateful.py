# Class-based decorators: a call counter with __call__, a method decorator needing __get__, and update_wrapper.
import functools

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.__wrapped__(*args, **kwargs)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)

@CountCalls
def greet(name):
    "Say hello."
    return f"hello {name}"

class Greeter:
    @CountCalls
    def hi(self, who):
        return f"{type(self).__name__} says hi to {who}"

print(greet("ann"), greet("bob"), greet.calls, greet.__name__, greet.__doc__)
g = Greeter()
print(g.hi("cid"), g.hi("dee"), Greeter.hi.calls, type(Greeter.hi).__name__)
print(isinstance(greet, CountCalls), callable(greet), greet.__wrapped__("raw"), greet.calls)

class Plain:
    def __init__(self, f):
        self.f = f
    def __call__(self, *a):
        return self.f(*a)

class Broken:
    @Plain
    def method(self, x):
        return x
print(Broken.method(None, 1))
Broken().method(2)
