# Semaphore.acquire(timeout=...) fails while all slots are busy
import threading, time
sem = threading.Semaphore(1)
def hog():
    with sem:
        time.sleep(0.3)
t = threading.Thread(target=hog); t.start()
time.sleep(0.1)
print("try now:", sem.acquire(timeout=0.05))
print("wait longer:", sem.acquire(timeout=0.5))
sem.release()
t.join()
print("non-blocking:", sem.acquire(blocking=False))
