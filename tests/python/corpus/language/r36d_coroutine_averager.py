# Coroutine-style generators: a primed running averager with send, throw and return values.
import functools

def primed(gen_func):
    @functools.wraps(gen_func)
    def start(*args, **kwargs):
        g = gen_func(*args, **kwargs)
        next(g)
        return g
    return start

class Reset(Exception):
    pass

@primed
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except Reset:
            total = count = 0
            avg = None
            continue
        if value is None:
            return (count, total)
        total += value
        count += 1
        avg = total / count

avg = averager()
print([avg.send(v) for v in (10, 20, 60)])
print(avg.throw(Reset))
print(avg.send(5))
try:
    avg.send(None)
except StopIteration as e:
    print("finished with", e.value)

def delegator(results):
    while True:
        results.append((yield from averager.__wrapped__()))

res = []
d = delegator(res)
next(d)
for v in (1, 2, 3, None, 7, None):
    d.send(v)
print(res)
d.close()
print(d.gi_frame is None)
try:
    d.send(1)
except StopIteration:
    print("closed generator raises StopIteration")
