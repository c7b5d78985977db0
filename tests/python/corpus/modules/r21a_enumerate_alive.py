# enumerate() and active_count() while workers are alive
import threading, time
stop = threading.Event()
ts = [threading.Thread(target=stop.wait, name=f"worker-{i}") for i in range(3)]
for t in ts: t.start()
time.sleep(0.1)
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
stop.set()
for t in ts: t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
