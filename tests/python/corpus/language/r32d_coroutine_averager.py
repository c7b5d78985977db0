# A coroutine-style generator that keeps a running average, fed with send(), then closed
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
    except GeneratorExit:
        print("closing with", count, "values")
        raise
    return (count, average)


avg = averager()
print(next(avg))
for v in [10, 20, 60]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value)
a2 = averager()
next(a2)
a2.send(4)
a2.close()
print(a2.gi_frame)
a3 = averager()
a3.send(5)
