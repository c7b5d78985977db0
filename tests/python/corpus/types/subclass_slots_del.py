# Subclasses of built-in types with __slots__ (no __dict__), __del__ (run when the last reference goes), gc.collect() of a cycle through one.
import gc

class P(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

p = P(1, 2)
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)

class Tagged(list):
    __slots__ = ("tag",)

t = Tagged([1, 2])
t.tag = "T"
print(t, t.tag)
try:
    t.other = 1
except AttributeError as e:
    print("AttributeError:", e)

class Noisy(dict):
    def __del__(self):
        print("del Noisy", dict(self))

n = Noisy(a=1)
n["b"] = 2
del n
print("after del")

def scope():
    m = Noisy(c=3)
    return len(m)
print(scope())

class Node(list):
    def __del__(self):
        print("del Node", len(self))

a = Node([1])
b = Node([2, 2])
a.other = b
b.other = a
del a, b
print("collected", gc.collect() > 0)

class Word(str):
    def __del__(self):
        print("del Word", str(self))
w = Word("bye")
w = None
print("end")
