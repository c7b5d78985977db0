def averager():
    total = count = 0
    avg = None
    try:
        while True:
            value = yield avg
            if value is None:
                continue
            total += value
            count += 1
            avg = total / count
    except GeneratorExit:
        print(f"  closing after {count} values")
        raise
    finally:
        print("  finally in averager")

g = averager()
print(next(g))
for v in (10, 20, 60):
    print(g.send(v))
print(g.send(None))
g.close()
g.close()
try:
    g.send(1)
except StopIteration as e:
    print("StopIteration", e.value)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
fresh.close()
print("fresh closed without output")
