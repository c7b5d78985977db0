class NoArgs(Exception):
    pass
class TwoArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
class ForgotSuper(Exception):
    def __init__(self, code):
        self.code = code
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"

for exc in [NoArgs(), NoArgs("one"), NoArgs("a", 2), TwoArgs("x", [1]),
            ForgotSuper(404), WithRepr("m"), KeyError("key"), KeyError(),
            OSError(2, "No such file"), UnicodeError("u")]:
    print(f"{type(exc).__name__:12} str={str(exc)!r:28} repr={exc!r} args={exc.args}")

e = OSError(2, "No such file or directory", "data.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__)
print(FileNotFoundError.__mro__[1].__name__)
print(isinstance(OSError(2, "x"), FileNotFoundError))
try:
    raise TwoArgs("only one")
except TypeError as t:
    print("TypeError:", t)
try:
    raise NotAnException
except NameError as n:
    print("NameError:", n)
try:
    raise 42
except TypeError as t:
    print("TypeError:", t)
raise ForgotSuper(500)
