# sending the first value into my averaging generator without priming it
def averager():
    total, count = 0, 0
    while True:
        x = yield (total / count if count else None)
        total += x
        count += 1

avg = averager()
print(avg.send(10))
