import heapq

class Job:
    def __init__(self, name):
        self.name = name

queue = []
heapq.heappush(queue, (1, Job("a")))
heapq.heappush(queue, (2, Job("b")))
print(len(queue))
heapq.heappush(queue, (1, Job("c")))
