# locals() in functions, class bodies and comprehensions, and vars() with no argument
def f(a, b=2):
    c = a + b
    snap = locals()
    d = 4
    print(sorted(snap), sorted(locals()), locals() is locals())
    return sorted([locals() for _ in range(1)][0])


print(f(1))


class K:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    print("class body:", names, vars().get("y"))


print(K.names, sorted(vars(K))[:3])


def g():
    n = 1

    def inner():
        return n
    print(sorted(locals()))
    return inner


g()
print(sorted(k for k in locals() if not k.startswith("__")) == sorted(k for k in globals() if not k.startswith("__")))
print(vars(5))
