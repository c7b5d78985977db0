# current_thread() inside several workers joined in order
import threading
def job(n):
    me = threading.current_thread()
    print(n, me.name, me is threading.main_thread())
for i in range(3):
    t = threading.Thread(target=job, args=(i,), name=f"W{i}")
    t.start()
    t.join()
print(threading.active_count())
print([t.name for t in threading.enumerate()])
