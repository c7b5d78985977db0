# Learner mistake: forgetting start(), then join() raises
import threading
out = []
t = threading.Thread(target=out.append, args=(1,))
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
print("out:", out, "alive:", t.is_alive())
t.start(); t.join()
print("out:", out)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
