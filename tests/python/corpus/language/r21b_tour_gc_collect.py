# gc.collect after del: an object's __del__ runs when its last reference goes
import gc
class A:
    def __init__(self, value):
        self.value = value
    def __del__(self):
        print('deleting', self.value)
a = A(10)
b = a
del a
print('one reference left')
del b
print(gc.collect() >= 0)
c = A(20)
c = A(30)
print('end')
