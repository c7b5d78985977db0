# Barrier.n_waiting grows as parties arrive
import threading, time
b = threading.Barrier(3)
def party(d):
    time.sleep(d)
    b.wait()
ts = [threading.Thread(target=party, args=(d,)) for d in (0.1, 0.2, 0.4)]
for t in ts: t.start()
time.sleep(0.15); print("waiting:", b.n_waiting)
time.sleep(0.1); print("waiting:", b.n_waiting)
for t in ts: t.join()
print("waiting:", b.n_waiting, "broken:", b.broken)
try:
    b.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("a lone wait with timeout breaks it:", b.broken)
