# f(*g(), k=h()): a lone *iterable is unpacked after the keywords, as CPython's CALL_FUNCTION_EX does;
# with other positionals, strictly left to right
def g(tag):
    print("g start", tag)
    for i in range(2):
        print("g yields", tag, i)
        yield i
def p(x):
    print("eval", x)
    return x
def f(*a, **k):
    print("f", a, sorted(k.items()))
f(*g(1), p(2))
f(p(1), *g(2), b=p(3), **{"c": p(4)})
f(*g(1), a=p(2))
f(p(0), *g(1), *g(2), p(3))
print(*g(5), sep=p("-"))
f(p(1), *g(2), p(3), *g(4), c=p(5), **p({"d": 6}), e=p(7))
f(**p({"a": 1}), b=p(2))
f(p(1), p(2), *g(3))
def d():
    print("d called"); return {"z": 1}
f(*g(1), **d())
f(a=p(1), *g(2))
def f(*a, **k): return a, k
def p(x):
    print("eval", x); return x
class C:
    def m(self, *a, **k): return a
for fn in (lambda: f(*1, a=p(2)), lambda: C().m(*None, **{"z": p(1)}), lambda: print(*5, sep=p("")), lambda: f(*1), lambda: f(*p(1), **p(2))):
    try: print(fn())
    except TypeError as e: print("TypeError:", e)
print(f(*(1, 2), k=3), f(*[4], **{"a": 1}), f(*"ab", b=2))
