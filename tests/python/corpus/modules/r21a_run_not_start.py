# Learner mistake: calling run() instead of start() runs in the main thread
import threading
def show(tag):
    print(tag, threading.current_thread().name)
t = threading.Thread(target=show, args=("run():",), name="Worker")
t.run()
print("alive after run():", t.is_alive())
t2 = threading.Thread(target=show, args=("start():",), name="Worker2")
t2.start()
t2.join()
print("alive after join:", t2.is_alive())
# run() deletes target/args, so a second run() does nothing
t.run()
print("second run done")
