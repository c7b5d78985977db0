# a Semaphore lets two threads work at a time
import threading, time
sem = threading.BoundedSemaphore(2)
lock = threading.Lock()
active = []
def work(i):
    with sem:
        with lock:
            active.append(i)
            print(f"{i} in, active={sorted(active)}")
        time.sleep(0.15 * (i + 1))
        with lock:
            active.remove(i)
            print(f"{i} out")
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
print(threading.Semaphore(3)._value, sem._value)
