# Mistake: sorting objects in reverse whose __lt__ breaks on one pair; the partly sorted list is reversed back.
class Job:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
    def __lt__(self, other):
        return self.priority < other.priority
    def __repr__(self):
        return self.name

jobs = [Job("a", 3), Job("b", 1), Job("c", None), Job("d", 2), Job("e", 5)]
try:
    jobs.sort(reverse=True)
except TypeError as e:
    print("sort failed:", e)
print(jobs)
print(max(jobs[:2]), min(jobs[3:]))
print(sorted(jobs, key=lambda j: j.priority, reverse=True))
