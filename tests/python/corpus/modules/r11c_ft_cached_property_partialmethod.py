from functools import cached_property, partialmethod

class Dataset:
    def __init__(self, values):
        self.values = values
    @cached_property
    def mean(self):
        print("computing mean")
        return sum(self.values) / len(self.values)

d = Dataset([1, 2, 3, 4])
print(d.mean, d.mean)
print("mean" in vars(d))
del d.mean
print(d.mean)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
