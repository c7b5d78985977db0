# Refused bases (lay-out conflicts, bool, range, duplicates, MRO), __base__ with a mixin, and the constructor errors of subclasses (immutable ones with __init__ arguments).
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def make(*bases):
    return type("A", bases, {}).__mro__

attempt("int+str", lambda: make(int, str))
attempt("dict+list", lambda: make(dict, list))
attempt("list+Exception", lambda: make(list, Exception))
attempt("bool", lambda: make(bool))
attempt("range", lambda: make(range))
attempt("NoneType", lambda: make(type(None)))
attempt("dict twice", lambda: make(dict, dict))
attempt("mixin+dict", lambda: type("A", (type("M", (), {}), dict), {}).__base__)
attempt("int+object", lambda: make(object, int))

class Name(str):
    def __init__(self, text, extra):
        self.extra = extra
attempt("str init args", lambda: Name("a", 1))
class Pair(tuple):
    def __init__(self, a, b):
        self.a = a
attempt("tuple init args", lambda: Pair(1, 2))
attempt("tuple one arg", lambda: Pair([1, 2]))
class Num(int): pass
attempt("int bad", lambda: Num("x"))
attempt("int base", lambda: Num("ff", 16))
attempt("int kw", lambda: Num(x=1))
class Fl(float): pass
attempt("float two", lambda: Fl(1, 2))
attempt("float bad", lambda: Fl("abc"))
class L(list): pass
attempt("list two", lambda: L(1, 2))
attempt("list kw", lambda: L(x=1))
attempt("list int", lambda: L(5))
class D(dict): pass
attempt("dict two", lambda: D(1, 2))
attempt("dict bad", lambda: D(5))
attempt("dict seq", lambda: D([(1, 2, 3)]))
