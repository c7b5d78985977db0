def grep(pattern):
    print(f"looking for {pattern!r}")
    matches = 0
    try:
        while True:
            line = yield matches
            if pattern in line:
                matches += 1
                print(f"  match: {line}")
    except GeneratorExit:
        print(f"grep done, {matches} matches")

def prime(fn):
    def wrapper(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return wrapper

g = prime(grep)("py")
for line in ["python rocks", "java", "pypy is fast", "rust"]:
    n = g.send(line)
print("count", n)
g.close()

@prime
def running_max():
    best = None
    while True:
        x = yield best
        best = x if best is None or x > best else best
rm = running_max()
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
raw = grep("x")
raw.send("x")
