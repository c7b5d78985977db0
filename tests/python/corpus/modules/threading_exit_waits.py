# the program's end waits for non-daemon threads; daemon threads are dropped
import threading, time
def slow(name, d):
    time.sleep(d)
    print(name, "finished")
threading.Thread(target=slow, args=("daemon", 3), daemon=True).start()
threading.Thread(target=slow, args=("normal", 0.2)).start()
print("main done")
raise SystemExit(3)
