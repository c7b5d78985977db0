# A generator used as a coroutine with send(): a running average, primed with next()
def averager():
    total = count = 0
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
for v in [10, 20, 30, 5]:
    print(f'sent {v:>2} -> average {avg.send(v):.2f}')
try:
    avg.send(None)
except StopIteration as e:
    print('finished with', e.value)
avg.send(1)
