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
for v in [10, 20, 5, 35]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value)

g = averager()
try:
    g.send(5)
except TypeError as e:
    print(e)

def echo():
    while True:
        try:
            x = yield
        except ValueError as e:
            print("recovered from", e)
        else:
            print("echo", x)

e = echo()
next(e)
e.send("hi")
e.throw(ValueError("oops"))
e.send("again")
e.close()
print(e.gi_frame)
e.send(1)
