# Coroutine-style generators with send() (David Beazley style)
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

g = averager()
next(g)
for v in [10, 20, 30]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("done:", e.value)

def grep(pattern):
    print(f"looking for {pattern!r}")
    try:
        while True:
            line = yield
            if pattern in line:
                print("found:", line)
    except GeneratorExit:
        print("grep closing")

gr = grep("py")
next(gr)
gr.send("python rocks")
gr.send("java")
gr.close()
print(gr.gi_running if hasattr(gr, "gi_running") else "?")
