# A lazy generator pipeline reading "log lines", with yield from and a generator's return value
def lines():
    data = ["GET /a 200", "GET /b 404", "POST /c 500", "GET /d 200", "bad line"]
    for line in data:
        print("  read:", line)
        yield line


def parse(src):
    for line in src:
        parts = line.split()
        if len(parts) == 3:
            yield parts[0], parts[1], int(parts[2])


def errors(src):
    count = 0
    for method, path, status in src:
        if status >= 400:
            count += 1
            yield f"{method} {path} -> {status}"
    return count


def report():
    n = yield from errors(parse(lines()))
    yield f"{n} errors"


gen = report()
print(type(gen).__name__, gen.__name__)
print(next(gen))
for item in gen:
    print(item)
print(next(gen, "done"))
next(gen)
