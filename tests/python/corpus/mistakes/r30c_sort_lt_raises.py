# A __lt__ that raises for one unlucky pair, leaving the list half sorted.
import random
random.seed(3)

class Job:
    def __init__(self, p):
        self.p = p

    def __lt__(self, other):
        if {self.p, other.p} == {13, 42}:
            raise ValueError("cannot compare 13 and 42")
        return self.p < other.p

jobs = [Job(p) for p in random.sample(range(60), 30) + [13, 42]]
random.shuffle(jobs)
try:
    jobs.sort()
except ValueError as e:
    print(e)
print([j.p for j in jobs])
