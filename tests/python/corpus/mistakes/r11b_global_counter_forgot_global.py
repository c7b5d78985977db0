# A global counter updated from a function without `global`.
calls = 0

def record(event):
    print("event:", event)
    calls += 1

record("start")
print(calls)
