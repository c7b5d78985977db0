# Sending a value into a generator that was not started.
def accumulator():
    total = 0
    while True:
        value = yield total
        total += value

acc = accumulator()
print(acc.send(5))
