def show(*args, **kwargs):
    print(f"args={args} kwargs={kwargs}")

def forward(prefix, *args, sep=", ", **kwargs):
    show(prefix, *args, **kwargs)
    return sep.join(map(str, args))

show()
show(1, "two", three=3)
print(forward("p", 1, 2, 3, flag=True))
print(forward("p", *range(3), sep="|", **{"x": 1}))

def sig_demo(a, b=2, /, c=3, *rest, d, e=5, **extra):
    return locals()
print(sig_demo(1, d=4))
print(sig_demo(1, 20, 30, 40, 50, d=4, z=0))
print(sig_demo(1, c=9, d=0, b=99))

def apply(func, /, *args, **kwargs):
    return func(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(dict, func=1))
print(sig_demo.__defaults__, sig_demo.__kwdefaults__)
print(sig_demo.__code__.co_argcount, sig_demo.__code__.co_posonlyargcount, sig_demo.__code__.co_kwonlyargcount)
print(sig_demo.__code__.co_varnames[:8])

defaults_shared = []
def append_to(item, bucket=defaults_shared):
    bucket.append(item)
    return bucket
def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_bad(1), append_bad(2), append_bad.__defaults__)
print(append_to("a") is defaults_shared)
print(sig_demo(1, 2, 3, d=4, a=5))
