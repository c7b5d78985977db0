# object.__init__'s check of left-over arguments (a str subclass's super().__init__(s)), and reversed() of list subclasses.
class N(str):
    def __init__(self, s):
        super().__init__(s)

class A:
    def __init__(self, x):
        super().__init__(x)

class B:
    pass

class C:
    def __new__(cls, *a):
        return super().__new__(cls)

class E(Exception):
    def __init__(self, m):
        super().__init__(m)

class Ok(str):
    def __init__(self, s):
        super().__init__()
        self.size = len(s)

for label, f in [("str sub", lambda: N("a")), ("plain", lambda: A(1)), ("object.__init__", lambda: object.__init__(B(), 1)),
                 ("with __new__", lambda: type(C(1)).__name__), ("object.__init__ of C", lambda: object.__init__(C(), 1)),
                 ("exception", lambda: E("m").args), ("no args", lambda: object.__init__(B())), ("ok", lambda: Ok("abc").size),
                 ("B(1)", lambda: B(1))]:
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError:", e)

class L(list):
    def __reversed__(self):
        return iter("r")
class G(list):
    def __getitem__(self, i):
        return "g"
class T(tuple):
    def __getitem__(self, i):
        return "t"
print(list(reversed(L([1]))), list(reversed(G([1, 2]))), G([1])[0], list(G([1])), list(reversed(T((1, 2)))))
