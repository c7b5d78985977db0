# A __repr__ that reads a missing attribute, printed in a list.
class Job:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Job({self.title})"

jobs = [Job("a"), Job("b")]
print(len(jobs))
print(jobs)
