# Barrier whose action raises: the barrier breaks for every party
import threading
def action():
    raise ValueError("action failed")
b = threading.Barrier(2, action=action)
results = []
def party():
    try:
        b.wait()
        results.append("passed")
    except threading.BrokenBarrierError:
        results.append("broken")
    except ValueError as e:
        results.append("action error: " + str(e))
ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), b.broken)
