# Generators with try/finally: early break closes them, close() raises GeneratorExit inside
def reader(name):
    print(f"open {name}")
    try:
        for i in range(5):
            yield f"{name}:{i}"
    except GeneratorExit:
        print(f"GeneratorExit in {name}")
        raise
    finally:
        print(f"close {name}")


for line in reader("a"):
    print(line)
    if line.endswith("1"):
        break
print("after loop")
g = reader("b")
print(next(g))
g.close()
print("closed b")
h = reader("c")
print(next(h))
del h
print("deleted c")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
s.close()
