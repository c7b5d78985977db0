# a queue class that is truthy when it has items; __bool__ returns the count
class JobQueue:
    def __init__(self):
        self.jobs = []
    def add(self, j):
        self.jobs.append(j)
    def __bool__(self):
        return len(self.jobs)

q = JobQueue()
q.add("a")
while q:
    print("working on", q.jobs.pop())
