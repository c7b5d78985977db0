# X.__new__'s checks, unhashable subclasses, their errors, attributes on a tuple subclass, __new__ returning another type, type() of 3 arguments, exceptions with two bases.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class L(list): pass
class D(dict): pass
class Name(str): pass
class S(set): pass
attempt("set two", lambda: S(1, 2))
attempt("set kw", lambda: S(x=1))
attempt("new not subtype", lambda: tuple.__new__(L))
attempt("new not type", lambda: str.__new__(5))
attempt("new no args", lambda: int.__new__())
attempt("new exact", lambda: int.__new__(int, "42"))
attempt("object new", lambda: object.__new__(L))
attempt("hash list sub", lambda: hash(L()))
attempt("hash dict sub", lambda: hash(D()))
attempt("hash set sub", lambda: hash(S()))
attempt("missing key", lambda: D()["k"])
attempt("list index", lambda: L()[0])
attempt("concat", lambda: L() + (1,))
attempt("str + int", lambda: Name.__new__(Name, "a") + 1)
class Frozen(tuple): pass
def setattr_frozen():
    f = Frozen()
    f.x = 1
    return f.x, vars(f)
attempt("attrs on tuple sub", setattr_frozen)
attempt("dict of exact", lambda: (1).__dict__)
class U(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
attempt("super new", lambda: (U("q"), type(U("q")).__name__))
class O(int):
    def __new__(cls, v):
        return "other"
    def __init__(self, v):
        print("never")
attempt("new returns other", lambda: O(1))
attempt("three-arg type", lambda: type("T", (dict,), {"x": 1})(a=1))
attempt("mixed list", lambda: make(type("M", (), {}), list))
class E(Exception): pass
class MyErr(E, ValueError): pass
attempt("exception", lambda: MyErr("bad"))
attempt("exc mro", lambda: [c.__name__ for c in MyErr.__mro__])
attempt("exc base", lambda: MyErr.__base__)
