# A queue class whose __bool__ returns the count instead of a bool
class JobQueue:
    def __init__(self):
        self.jobs = []

    def __bool__(self):
        return len(self.jobs)

q = JobQueue()
q.jobs.append("a")
if q:
    print("has jobs")
