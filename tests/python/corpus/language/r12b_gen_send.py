def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
print(next(avg))
for v in [10, 20, 5, 7.5]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("finished with", e.value)

g = averager()
try:
    g.send(3)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
print(g.gi_running, g.gi_frame is not None)
g.close()
print(g.gi_frame)
g.send(1)
