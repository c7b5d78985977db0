# gc.collect(): reference cycles are collected; __del__ runs when the last reference goes.
import gc

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('deleting', self.name)

a = Tracked('a')
print('made a')
del a
print('after del a')
b = Tracked('b')
b = None
print('after b = None')
x = Tracked('x')
y = Tracked('y')
x.other, y.other = y, x
del x, y
print('cycle unreachable')
n = gc.collect()
print('collected something:', n > 0)
print(gc.collect(), gc.isenabled())
def scope():
    t = Tracked('local')
    print('leaving scope')
scope()
print('end')
