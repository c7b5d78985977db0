# A coroutine-style generator: priming, send() a running average, throw() and close()
def averager():
    total = count = 0
    avg = None
    try:
        while True:
            try:
                value = yield avg
            except ValueError as e:
                print("  ignoring:", e)
                continue
            total += value
            count += 1
            avg = total / count
    finally:
        print("  averager closed after", count, "values")


avg = averager()
print(next(avg))
for v in [10, 20, 60]:
    print(avg.send(v))
print(avg.throw(ValueError("bad reading")))
print(avg.send(30))
avg.close()
print(avg.gi_frame, avg.gi_running)
g = averager()
g.send(5)
