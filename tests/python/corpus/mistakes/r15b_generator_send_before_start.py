# Mistake: a running-average coroutine (generator) is sent a value before it was primed.
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
for v in [10, 20, 60]:
    print(avg.send(v))
