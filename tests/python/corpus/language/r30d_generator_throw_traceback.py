# gen.throw() with an uncaught exception: the traceback points into the generator's paused yield
def consumer():
    total = 0
    while True:
        item = yield total
        if item < 0:
            raise ValueError(f"negative item {item}")
        total += item


c = consumer()
next(c)
print(c.send(5), c.send(10))
try:
    c.send(-1)
except ValueError as e:
    print("ValueError:", e, "| gen finished:", c.gi_frame is None)
d = consumer()
next(d)
d.send(1)
d.throw(KeyError("injected"))
