# Event used to signal from a worker to main
import threading, time
ev = threading.Event()
def worker():
    time.sleep(0.2)
    print("worker sets event")
    ev.set()
print("is_set:", ev.is_set())
t = threading.Thread(target=worker); t.start()
print("wait(0.05):", ev.wait(0.05))
print("wait():", ev.wait())
print("is_set:", ev.is_set())
ev.clear()
print("after clear:", ev.is_set(), ev.wait(timeout=0))
t.join()
