def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int: pass
co = f.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_flags, co.co_varnames, f.__defaults__, f.__kwdefaults__, f.__annotations__, co.co_name, co.co_firstlineno, co.co_nlocals)
async def g(): pass
async def ag(): yield 1
def gen(): yield 1
def h():
    y = 1
    def i(): return y
    class K:
        def m(self): pass
    return i, K
i, K = h()
print(f.__code__.co_flags, g.__code__.co_flags, ag.__code__.co_flags, gen.__code__.co_flags, i.__code__.co_flags, K.m.__code__.co_flags, (lambda: 0).__code__.co_flags)
print(h.__code__.co_cellvars, i.__code__.co_freevars, i.__code__.co_qualname, K.m.__code__.co_qualname, K.m.__code__.co_varnames)
