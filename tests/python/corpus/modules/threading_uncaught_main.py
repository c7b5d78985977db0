# an uncaught error in main while a thread runs: the traceback, then the thread finishes
import threading, time
def w():
    time.sleep(0.2)
    print("thread still finishes")
threading.Thread(target=w).start()
print("about to fail")
{}["missing"]
