# Barrier: all parties wait, action runs once, wait() indices are distinct
import threading, time
log = []
def action():
    print("all arrived")
b = threading.Barrier(3, action=action)
def party(n):
    time.sleep(0.1 * n)
    idx = b.wait()
    log.append(idx)
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(log), b.parties, b.n_waiting, b.broken)
