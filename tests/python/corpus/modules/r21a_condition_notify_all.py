# notify_all wakes all waiters; results printed sorted
import threading, time
cond = threading.Condition()
ready = False
woke = []
def waiter(n):
    with cond:
        while not ready:
            cond.wait()
        woke.append(n)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts: t.start()
time.sleep(0.2)
print("waking", len(woke))
with cond:
    ready = True
    cond.notify_all()
for t in ts: t.join()
print(sorted(woke))
