# A non-daemon thread keeps the program alive until it finishes
import threading, time
def late():
    time.sleep(0.3)
    print("worker finished after main")
t = threading.Thread(target=late)
t.start()
print("main reached the end, daemon =", t.daemon)
