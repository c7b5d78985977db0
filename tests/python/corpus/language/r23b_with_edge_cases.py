class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        print(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"{self.name} enter failed")
        return self.name
    def __exit__(self, et, ev, tb):
        print(f"exit {self.name} ({et.__name__ if et else None})")
        if self.fail_exit:
            raise KeyError(f"{self.name} exit failed")
        return False

with (
    CM("a") as a,
    CM("b") as b,
):
    print("body", a, b)

try:
    with CM("outer"), CM("inner", fail_enter=True):
        print("not reached")
except RuntimeError as e:
    print("caught:", e)

try:
    with CM("x", fail_exit=True):
        raise ValueError("body error")
except KeyError as e:
    print("caught:", repr(e), "context:", repr(e.__context__))

with (CM("paren")):
    pass
with (CM("p1"), CM("p2")):
    pass
def gen():
    with CM("in generator"):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
print("closed")
with CM("last", fail_exit=True):
    pass
