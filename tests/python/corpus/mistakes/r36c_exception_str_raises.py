# my exception's __str__ uses a field that was never set
class JobError(Exception):
    def __init__(self, job):
        self.job = job
    def __str__(self):
        return f"job {self.job} failed with code {self.code}"

try:
    raise JobError("backup")
except JobError as e:
    print("caught", type(e).__name__)
raise JobError("sync")
