# Exception inside a thread is printed by the default excepthook; main continues
import threading
def boom():
    raise ValueError("bad value in thread")
t = threading.Thread(target=boom, name="Boomer")
t.start()
t.join()
print("main continues; alive:", t.is_alive())
