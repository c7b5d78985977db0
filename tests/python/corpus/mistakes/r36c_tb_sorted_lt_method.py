# sorting my own Job objects; __lt__ compares priorities, one is missing
class Job:
    def __init__(self, name, priority=None):
        self.name, self.priority = name, priority
    def __lt__(self, other):
        return self.priority < other.priority
    def __repr__(self):
        return f"Job({self.name})"

jobs = [Job("a", 2), Job("b", 1), Job("c")]
print(sorted(jobs))
