# functools.cached_property computes once and stores in the instance __dict__
from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def mean(self):
        print("computing mean...")
        return sum(self.values) / len(self.values)


d = Dataset([2, 4, 6, 9])
print(d.mean)
print(d.mean)
print("mean" in vars(d), vars(d))
del d.mean
d.values.append(100)
print(d.mean)
print(type(Dataset.mean).__name__, Dataset.mean.attrname)
Dataset([]).mean
