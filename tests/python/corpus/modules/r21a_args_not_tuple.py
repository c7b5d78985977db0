# Mistake: args=("abc") is a string, so it unpacks into three arguments
import threading
def greet(name):
    print("hello", name)
t = threading.Thread(target=greet, args=("abc"))
t.start(); t.join()
print("now with a tuple")
t = threading.Thread(target=greet, args=("abc",))
t.start(); t.join()
