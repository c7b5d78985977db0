# Private names in a class's methods are mangled as CPython's compiler
# mangles them: parameters, locals, cells, comprehension variables, globals,
# keyword-only defaults and annotations; a keyword argument is not, so
# m(__y=5) is refused; errors name the mangled name.
class A:
    __cls_attr: int = 1
    def m(self, __y, *, __z=3) -> None:
        __w = __y + __z
        def inner():
            nonlocal __w
            __w += 1
            return __w
        return inner(), [__q * 2 for __q in range(__y)]
    def loc(self):
        __v = 1
        del __v
        try:
            return __v
        except UnboundLocalError as e:
            return str(e)
    def g(self):
        global __gl
        __gl = 7
        return __gl
    def kw(self):
        return self.m(__y=5)
    def lam(self):
        return (lambda __a: __a + 1)(1)
    class __Inner:
        def f(self, __p): return __p
print(A.m.__code__.co_varnames, A.m.__kwdefaults__, A.m.__annotations__)
print(A().m(2), A().loc(), A().g(), A().lam(), A.__annotations__)
print(A._A__Inner.f.__code__.co_varnames, A._A__Inner.__qualname__)
print([k for k in globals() if k.startswith('_A')])
try:
    A().kw()
except TypeError as e:
    print(e)
try:
    A().m()
except TypeError as e:
    print(e)
class ___:
    def f(self, __x): return __x
print(___.f.__code__.co_varnames)
class B:
    def f(self):
        return __undefined
try:
    B().f()
except NameError as e:
    print(e)
