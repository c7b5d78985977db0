def first_n(n):
    for i in range(n):
        yield i
    return "finished"

g = first_n(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value)

def bad():
    yield 1
    raise StopIteration("manual")

try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def gen_in_gen():
    it = iter([1])
    while True:
        yield next(it)

try:
    print(list(gen_in_gen()))
except RuntimeError as e:
    print(e)

def not_started():
    print("body runs")
    yield

ns = not_started()
print(type(ns).__name__, ns.__name__)
ns.close()
print(list(ns))
list(gen_in_gen())
