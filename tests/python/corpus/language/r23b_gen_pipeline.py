import itertools

lines = """
# config
name = demo
 port=8080
debug = true

# trailing
""".splitlines()

def strip_comments(src):
    for line in src:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line

def parse(src):
    for line in src:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()

def convert(pairs):
    for k, v in pairs:
        if v.isdigit():
            v = int(v)
        elif v in ("true", "false"):
            v = v == "true"
        yield k, v

print(dict(convert(parse(strip_comments(lines)))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(itertools.islice(fib(), 10)))
print(list(itertools.takewhile(lambda x: x < 50, fib())))
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(5)])
print(sum(x for x in range(101) if x % 3 == 0))
print(max((len(w), w) for w in "the quick brown fox jumped".split()))
print(dict.fromkeys(x % 3 for x in range(10)))
print(any(print(" checking", x) or x > 1 for x in range(5)))
print(sorted((x for x in "banana"), reverse=True))
g = fib()
print(g.gi_running, g.gi_frame is not None)
g.close()
print(g.gi_frame)
print(next(g))
