# Lambdas: sort keys, immediately-invoked, defaults capturing, conditional expressions, their names
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "max": lambda *xs: max(xs) if xs else None,
    "neg": lambda x=0: -x,
}
print({k: f(6, 3) if k in "+-" else f() for k, f in ops.items()})
print((lambda x: x ** 2)(9), (lambda: "no args")(), ops["+"].__name__, ops["+"].__qualname__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
compose = lambda *fs: lambda x: __import__("functools").reduce(lambda acc, f: f(acc), fs, x)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2)
print(inc_then_double(5))
mults = [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in mults])
classify = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print(list(map(classify, [-2, 0, 5])))
print(list(filter(lambda s: s.strip(), ["a", " ", "", "b"])))
f = lambda a, /, b, *, c: (a, b, c)
print(f(1, b=2, c=3))
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    ops["neg"](1, 2)
except TypeError as e:
    print("TypeError:", e)
