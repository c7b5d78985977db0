import heapq
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    retries: int = 0


def schedule(jobs):
    heap = []
    for prio, job in jobs:
        heapq.heappush(heap, (prio, job))
    order = []
    while heap:
        prio, job = heapq.heappop(heap)
        order.append(job.name)
    return order


print(schedule([(3, Job("c")), (1, Job("a"))]))
print(schedule([(1, Job("x")), (1, Job("y"))]))
