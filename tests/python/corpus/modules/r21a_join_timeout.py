# join(timeout) returns while the thread is still alive
import threading, time
def slow():
    time.sleep(0.5)
    print("slow done")
t = threading.Thread(target=slow)
start = time.monotonic()
t.start()
r = t.join(timeout=0.1)
print("join returned", r, "alive:", t.is_alive())
print("waited about", round(time.monotonic() - start, 1))
t.join()
print("alive:", t.is_alive())
print("total about", round(time.monotonic() - start, 1))
