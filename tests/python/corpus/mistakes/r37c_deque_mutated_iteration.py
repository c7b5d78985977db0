# processing a deque of jobs and adding follow-up jobs while iterating it
from collections import deque

jobs = deque(["build", "test"])
for job in jobs:
    print("running", job)
    if job == "build":
        jobs.append("deploy")
print(list(jobs))
