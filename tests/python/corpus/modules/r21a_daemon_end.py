# A daemon thread still sleeping when the program ends is abandoned
import threading, time
def forever():
    print("daemon starting")
    time.sleep(5)
    print("never printed")
t = threading.Thread(target=forever, daemon=True)
print(t.daemon)
t.start()
time.sleep(0.2)
print("main done, daemon alive:", t.is_alive())
