# Mistake: a __repr__ with a typo, reached through an f-string's !r inside a list.
class Task:
    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
    def __repr__(self):
        return f"Task({self.name!r}, {self.dealy})"

tasks = [Task("a", 1)]
print(len(tasks), "task(s)")
print(f"queued: {tasks!r}")
