# A keyword after **kwargs repeats one in it (runtime), then a keyword twice (syntax).
def f(**kw):
    return kw

print(f(a=1, **{"b": 2}))
print(f(a=1, b=2, a=3))
