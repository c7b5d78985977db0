# A Queue subclass that overrides _init/_put/_get so the smallest number always comes out first.
import asyncio
import bisect


class SortedQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        bisect.insort(self._queue, item)

    def _get(self):
        return self._queue.pop(0)


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        r *= i
    return r


async def main():
    q = SortedQueue()
    for n in (7, 3, 9, 1, 5):
        await q.put(n)
    print("inside:", q._queue, "size:", q.qsize(), isinstance(q, asyncio.Queue))
    while not q.empty():
        n = await q.get()
        print(f"{n}! = {await factorial(n)}")
        q.task_done()
    await q.join()
    print("str:", q)


asyncio.run(main())
