def resource(name):
    print(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        print(f"close {name}")

for item in resource("A"):
    print(item)

g = resource("B")
print(next(g))
g.close()
print("after close")
g.close()

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(2, resource("C"))))

r = resource("D")
print(next(r))
del r
print("after del")

def gen_with_return():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup then return value")
        return "ignored"
gr = gen_with_return()
next(gr)
print(gr.close())
e = resource("E")
next(e)
raise SystemExit("bye")
