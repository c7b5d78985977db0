# a Barrier of three threads, an action, abort and a broken barrier
import threading, time
passed = []
b = threading.Barrier(3, action=lambda: print("all here"))
def runner(i):
    time.sleep(0.15 * i)
    print("runner", i, "waiting")
    idx = b.wait()
    passed.append((i, idx))
ts = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(passed))
print(b.n_waiting, b.broken, b.parties)
b2 = threading.Barrier(2, timeout=0.2)
def lone():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        print("broken!")
t = threading.Thread(target=lone); t.start(); t.join()
print(b2.broken)
