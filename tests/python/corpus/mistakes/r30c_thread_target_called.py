# Passing target=work() (called) instead of target=work to a Thread.
import threading

def work():
    print("working in", threading.current_thread().name)
    return 5

t = threading.Thread(target=work(), name="helper")
t.start()
t.join()
print("joined; target was", t._target if hasattr(t, "_target") else "gone")
