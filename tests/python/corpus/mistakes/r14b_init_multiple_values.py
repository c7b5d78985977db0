# Mistake: an argument given both by position and by keyword to a class's __init__.
class Job:
    def __init__(self, name, delay=1.0, retries=3):
        self.name = name
        self.delay = delay
        self.retries = retries

    def __repr__(self):
        return f'Job({self.name!r}, {self.delay}, {self.retries})'


jobs = [Job('fetch'), Job('parse', 0.5)]
print(jobs)
jobs.append(Job('store', 2.0, 5, delay=1.5))
print(jobs)
