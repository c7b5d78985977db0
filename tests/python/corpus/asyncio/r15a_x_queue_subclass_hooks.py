# A Queue subclass overriding _init/_put/_get, as CPython's own PriorityQueue and LifoQueue do
import asyncio
import collections

class DedupQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = collections.deque()
        self._seen = set()

    def _put(self, item):
        if item not in self._seen:
            self._seen.add(item)
            self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

async def main():
    q = DedupQueue()
    for x in [3, 1, 3, 2, 1]:
        await q.put(x)
    print("qsize:", q.qsize())
    print([q.get_nowait() for _ in range(q.qsize())])

asyncio.run(main())
