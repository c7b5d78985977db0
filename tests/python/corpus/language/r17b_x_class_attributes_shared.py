# Class attributes shared by instances: the mutable default pitfall and the fix
class Task:
    history = []
    count = 0

    def __init__(self, name):
        self.name = name
        Task.count += 1
        self.history.append(name)

class FixedTask:
    def __init__(self, name, history=None):
        self.name = name
        self.history = history if history is not None else []
        self.history.append(name)

a, b = Task('a'), Task('b')
print(a.history, b.history is a.history, Task.count, a.count)
a.count = 99
print(a.count, b.count, Task.count, 'count' in vars(a), 'count' in vars(b))
c, d = FixedTask('c'), FixedTask('d')
print(c.history, d.history)
def add(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add(1), add(2), add.__defaults__)
