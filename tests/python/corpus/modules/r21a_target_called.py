# Mistake: target=work() calls work in the main thread and passes None
import threading
def work():
    print("working in", threading.current_thread().name)
    return "result"
t = threading.Thread(target=work())
t.start(); t.join()
print("join returned", t.join())
t2 = threading.Thread(target=work, name="Right")
t2.start(); print("join returns", t2.join())
