# Delegating generators: yield from returning a value, and an averaging subgenerator
def averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total / count if count else None
        total += value
        count += 1

def grouper(results, key):
    while True:
        results[key] = yield from averager()

def report(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
    return results

print(report({"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32], "empty": []}))

def chain(*its):
    for it in its:
        r = yield from it
        print("sub returned", r)
    return "all done"

def sub(n):
    yield from range(n)
    return n * 10
g = chain(sub(2), sub(1), iter("ab"))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
