# join on the current thread and daemon change after start are errors
import threading, time
def selfjoin():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("in thread:", e)
t = threading.Thread(target=selfjoin); t.start(); t.join()
s = threading.Thread(target=time.sleep, args=(0.2,))
s.start()
try:
    s.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
s.join()
try:
    threading.main_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
