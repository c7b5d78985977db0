# Printing a function's own source with inspect.getsource, getsourcelines and getcomments
import inspect

# Adds two numbers (a comment inspect can find).
def add(a, b):
    """Return a + b."""
    return a + b

class Greeter:
    def hello(self, name):
        return f"hi {name}"

print(inspect.getsource(add), end="")
lines, start = inspect.getsourcelines(Greeter.hello)
print(start, [l.rstrip() for l in lines])
print(repr(inspect.getcomments(add)))
print(inspect.getsource(Greeter).count("\n"))
print(inspect.getfile(add).endswith("r34d_inspect_getsource_self.py"), inspect.getmodule(add).__name__)
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
