# Condition.notify(n) wakes only n waiters
import threading, time
cond = threading.Condition()
woken = []
def waiter(i):
    with cond:
        if cond.wait(timeout=0.5):
            woken.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts: t.start()
time.sleep(0.1)
with cond:
    cond.notify(2)
time.sleep(0.1)
print("woken so far:", len(woken))
for t in ts: t.join()
print("total woken:", len(woken))
