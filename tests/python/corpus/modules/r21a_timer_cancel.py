# Timer fires after its interval; a cancelled Timer never fires
import threading, time
def ring(msg):
    print("ring:", msg)
t1 = threading.Timer(0.1, ring, args=("first",))
t2 = threading.Timer(0.2, ring, kwargs={"msg": "second"})
t1.start(); t2.start()
t2.cancel()
t1.join(); t2.join()
print("t1 alive:", t1.is_alive(), "t2 finished set:", t2.finished.is_set())
t3 = threading.Timer(0.05, ring, ["third"])
t3.start()
time.sleep(0.2)
t3.cancel()
print("cancel after firing is harmless")
print(isinstance(t3, threading.Thread))
