def consumer():
    total = 0
    while True:
        try:
            item = yield total
        except ValueError as e:
            print("  consumer recovered from", e)
            continue
        total += item

c = consumer()
next(c)
print(c.send(5), c.send(7))
print(c.throw(ValueError("bad item")))
print(c.send(1))

def reader(lines):
    for n, line in enumerate(lines, 1):
        yield parse_line(n, line)

def parse_line(n, line):
    key, value = line.split("=")
    return key, int(value)

print(dict(reader(["a=1", "b=2"])))
try:
    dict(reader(["a=1", "oops"]))
except ValueError as e:
    print("ValueError:", e)
print(c.throw(KeyError, "k"))
