# Delegating generators: yield from returns a value, a tree walk, and a generator's return in a loop.
def read_block(lines):
    count = 0
    for line in lines:
        if line == "END":
            return count
        count += 1
        yield line.upper()
    return -1

def document(blocks):
    totals = []
    for b in blocks:
        n = yield from read_block(b)
        totals.append(n)
        yield f"-- block of {n}"
    return totals

gen = document([["a", "b", "END", "ignored"], ["c"], []])
while True:
    try:
        print(next(gen))
    except StopIteration as stop:
        print("totals", stop.value)
        break

def walk(tree, depth=0):
    name, kids = tree
    yield "  " * depth + name
    for k in kids:
        yield from walk(k, depth + 1)

print("\n".join(walk(("root", [("a", [("a1", [])]), ("b", [])]))))
def gen_return():
    yield 1
    return "ret"
print(list(gen_return()), [x for x in gen_return()])
g = (yield_ for yield_ in range(2))
print(next(g), next(g), next(g, "default"))
next(g)
