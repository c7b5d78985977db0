# A learner forgets self in a method, then calls a method on the class: the TypeErrors
class Worker:
    def __init__(self, name):
        self.name = name

    def greet():
        return 'hello'

    def work(self, n):
        return f'{self.name} did {n}'

w = Worker('w1')
print(w.work(3), Worker.work(w, 4))
try:
    w.greet()
except TypeError as e:
    print('TypeError:', e)
try:
    Worker.work(5)
except TypeError as e:
    print('TypeError:', e)
try:
    w.work()
except TypeError as e:
    print('TypeError:', e)
print(Worker.greet())
w.wrok(1)
