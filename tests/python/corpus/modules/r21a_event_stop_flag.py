# Event as a stop flag for a polling worker
import threading, time
stop = threading.Event()
ticks = []
def poller():
    while not stop.wait(0.1):
        ticks.append(1)
    print("poller stopping")
t = threading.Thread(target=poller)
t.start()
time.sleep(0.55)
stop.set()
t.join()
print("ticks between 4 and 6:", 4 <= len(ticks) <= 6)
