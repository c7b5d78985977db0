# A Queue subclass overriding _init/_put/_get to hand out the longest string first
import asyncio

class LongestFirst(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []
    def _put(self, item):
        self._queue.append(item)
        self._queue.sort(key=len)
    def _get(self):
        return self._queue.pop()

async def main():
    q = LongestFirst()
    for w in ["fig", "banana", "kiwi", "cherry!", "a"]:
        await q.put(w)
    out = []
    while not q.empty():
        out.append(await q.get())
        q.task_done()
    print(out)
    await q.join()
    print(type(q).__name__, q.qsize())

asyncio.run(main())
