import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"del {self.name}")
        if self.name == "bad":
            raise RuntimeError(f"error in __del__ of {self.name}")

def hook(unraisable):
    print("unraisable:", type(unraisable.exc_value).__name__, unraisable.exc_value)

a = Noisy("good")
del a
b = Noisy("bad")
sys.unraisablehook = hook
b = None
print("after bad")

def scope():
    x = Noisy("local")
    print("leaving scope")

scope()
lst = [Noisy("in list")]
lst.clear()
print("end")
