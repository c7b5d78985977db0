# Condition over an RLock allows nested with-blocks; wait releases fully
import threading, time
cond = threading.Condition(threading.RLock())
state = []
def setter():
    time.sleep(0.1)
    with cond:
        state.append("set")
        cond.notify()
t = threading.Thread(target=setter); t.start()
with cond:
    with cond:
        ok = cond.wait_for(lambda: state, timeout=1)
        print("woken:", ok, state)
t.join()
print("done")
