# A coroutine-style generator that keeps a running average, primed by a decorator, closed at the end.
from functools import wraps

def primed(gen_func):
    @wraps(gen_func)
    def start(*args, **kwargs):
        g = gen_func(*args, **kwargs)
        next(g)
        return g
    return start

@primed
def averager():
    total = count = 0
    average = None
    try:
        while True:
            value = yield average
            if value is None:
                break
            total += value
            count += 1
            average = total / count
    finally:
        print(f"closing after {count} values")
    return average

avg = averager()
for v in [10, 20, 30, 25]:
    print(f"sent {v:>3} -> {avg.send(v):6.2f}")
try:
    avg.send(None)
except StopIteration as stop:
    print("final", stop.value)
print(averager.__name__)
a2 = averager()
a2.send(4)
a2.close()
print(a2.gi_frame)
a2.send(1)
