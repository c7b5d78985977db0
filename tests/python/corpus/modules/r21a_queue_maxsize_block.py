# put() blocks on a full queue until a consumer takes an item
import threading, queue, time
q = queue.Queue(maxsize=1)
taken = []
def slow_consumer():
    time.sleep(0.3)
    taken.append(q.get())
q.put("first")
t = threading.Thread(target=slow_consumer); t.start()
t0 = time.monotonic()
q.put("second")
print("put returned after about", round(time.monotonic() - t0, 1))
t.join()
print("consumer took", taken)
print(q.get_nowait(), q.empty())
