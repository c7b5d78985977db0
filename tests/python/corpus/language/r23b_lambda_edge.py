ops = {
    "add": lambda a, b: a + b,
    "neg": lambda a: -a,
    "pow": lambda a, b=2: a ** b,
    "kw": lambda *, x=1: x * 10,
    "po": lambda a, /, b: (a, b),
    "all": lambda *args, **kw: (args, kw),
}
print(ops["add"](2, 3), ops["neg"](4), ops["pow"](3), ops["pow"](2, 10))
print(ops["kw"](), ops["kw"](x=3), ops["po"](1, b=2), ops["all"](1, z=2))
print(ops["add"].__name__, ops["add"].__qualname__)
print(sorted(ops, key=lambda k: (len(k), k)))
adders = [(lambda n: lambda x: x + n)(i) for i in range(3)]
print([f(10) for f in adders])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda: "immediate")())
print((lambda x: (yield x))(1).__class__.__name__)
cond = lambda x: "even" if x % 2 == 0 else "odd"
print(list(map(cond, range(4))))
print(list(filter(lambda s: s and s.strip(), ["a", "", " ", "b"])))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))
for label, call in [("po kw", lambda: ops["po"](a=1, b=2)), ("kw pos", lambda: ops["kw"](5)),
                    ("add few", lambda: ops["add"](1))]:
    try:
        call()
    except TypeError as e:
        print(label, "->", e)
print(ops["neg"]("x"))
