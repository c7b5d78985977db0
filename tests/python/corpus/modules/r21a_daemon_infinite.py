# A daemon thread in an endless sleep loop is abandoned at program end
import threading, time
ticks = []
def background():
    while True:
        ticks.append(1)
        time.sleep(0.1)
t = threading.Thread(target=background, daemon=True)
t.start()
time.sleep(0.35)
print("alive:", t.is_alive(), "ticks >= 3:", len(ticks) >= 3)
print("main exits now")
