# producer/consumer threads with a Condition
import threading, time
items = []
cond = threading.Condition()
def consumer(name, i):
    time.sleep(0.1 * i)
    with cond:
        while not items:
            cond.wait()
        print(name, "got", items.pop(0))
def producer():
    time.sleep(0.3)
    for i in range(3):
        time.sleep(0.15)
        with cond:
            items.append(i)
            cond.notify()
cs = [threading.Thread(target=consumer, args=(f"c{i}", i)) for i in range(3)]
for c in cs: c.start()
p = threading.Thread(target=producer)
p.start()
for t in cs + [p]: t.join()
print(repr(cond).split(" object")[0])
print("left:", items)
