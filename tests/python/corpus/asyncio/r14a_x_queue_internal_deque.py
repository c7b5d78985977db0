# test_queues: a Queue keeps its items in a deque, LifoQueue and PriorityQueue in a list (as CPython)
import asyncio

async def main():
    q = asyncio.Queue()
    for x in 'abc':
        q.put_nowait(x)
    print(type(q._queue).__name__, q._queue)
    print(q.get_nowait(), q._queue)
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        lq.put_nowait(x)
        pq.put_nowait(x)
    print(type(lq._queue).__name__, lq._queue, type(pq._queue).__name__, pq._queue)

    class Tagged(asyncio.Queue):
        def _put(self, item):
            self._queue.appendleft(item)
    t = Tagged()
    for x in range(3):
        t.put_nowait(x)
    print([t.get_nowait() for _ in range(3)])

asyncio.run(main())
