# Passing a single argument to a Thread without making it a tuple
import threading

def greet(name):
    print("hello", name)

t = threading.Thread(target=greet, args=("ana",))
t.start()
t.join()
t = threading.Thread(target=greet, args=("bo"))
t.start()
t.join()
print("main done")
