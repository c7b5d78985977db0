# Sending a value into a fresh generator without priming it first
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

avg = averager()
print(avg.send(10))
