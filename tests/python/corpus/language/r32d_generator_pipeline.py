# Generator pipeline: reading lines, filtering, parsing and summing lazily
def lines():
    data = "10,apple\n# comment\n\n5,pear\nx,bad\n7,plum\n"
    for line in data.splitlines():
        print(f"  read {line!r}")
        yield line


def meaningful(src):
    return (l for l in src if l and not l.startswith("#"))


def parsed(src):
    for l in src:
        n, _, name = l.partition(",")
        try:
            yield int(n), name
        except ValueError:
            print(f"  skip {l!r}")


pipe = parsed(meaningful(lines()))
print(type(pipe).__name__, pipe.__name__)
first = next(pipe)
print("first:", first)
print("rest total:", sum(n for n, _ in pipe))
print(next(pipe, "exhausted"))
g = (x * x for x in range(3))
print(list(g), list(g))
next(pipe)
