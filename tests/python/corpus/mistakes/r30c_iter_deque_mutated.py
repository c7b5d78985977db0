# Appending to a deque while iterating over it.
from collections import deque
jobs = deque(["a", "b"])
for job in jobs:
    print("running", job)
    if job == "a":
        jobs.append("retry-a")
