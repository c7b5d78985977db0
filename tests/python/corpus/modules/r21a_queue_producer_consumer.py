# Producer/consumer via Queue with timed producer; consumer prints in order
import threading, queue, time
q = queue.Queue(maxsize=1)
def producer():
    for i in range(4):
        time.sleep(0.1)
        q.put(f"item{i}")
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            print("consumer got sentinel")
            break
        print("consumed", item)
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
t0 = time.monotonic()
p.start(); c.start(); p.join(); c.join()
print("about", round(time.monotonic() - t0, 1))
