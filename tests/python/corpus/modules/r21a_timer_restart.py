# Timer cannot be restarted; a repeating job needs a new Timer each time
import threading, time
count = 0
def tick():
    global count
    count += 1
    print("tick", count, threading.current_thread().name.startswith("Thread-"))
t = threading.Timer(0.1, tick)
t.start(); t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
for _ in range(2):
    t = threading.Timer(0.1, tick); t.start(); t.join()
try:
    threading.Timer(0.1, tick, name="x")
except TypeError as e:
    print("TypeError:", e)
