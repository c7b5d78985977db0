# A toy event loop driving native coroutines with send(); awaitables yield sleep requests to it.
import heapq

class Sleep:
    def __init__(self, t):
        self.t = t
    def __await__(self):
        yield ("sleep", self.t)

async def worker(name, delays):
    for d in delays:
        await Sleep(d)
        print(f"t={clock:.1f} {name} woke after {d}")
    return name

clock = 0.0
def run(*coros):
    heap = [(0.0, i, c) for i, c in enumerate(coros)]
    finished = []
    while heap:
        global clock
        clock, i, c = heapq.heappop(heap)
        try:
            op, arg = c.send(None)
            heapq.heappush(heap, (clock + arg, i, c))
        except StopIteration as e:
            finished.append(e.value)
    return finished

print(run(worker("x", [0.5, 0.5]), worker("y", [0.3, 1.0]), worker("z", [2.0])))
