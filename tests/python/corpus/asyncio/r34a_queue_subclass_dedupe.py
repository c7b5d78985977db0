# A Queue subclass overriding _put/_get to drop duplicate jobs, used by two workers
import asyncio


class DedupQueue(asyncio.Queue):
    def _init(self, maxsize):
        super()._init(maxsize)
        self._seen = set()

    def _put(self, item):
        if item in self._seen:
            self._unfinished_tasks -= 1
            return
        self._seen.add(item)
        super()._put(item)


async def worker(name, q, out):
    while True:
        job = await q.get()
        await asyncio.sleep(0.01)
        out.append((job, name))
        q.task_done()


async def main():
    q = DedupQueue()
    for job in [3, 1, 3, 2, 1, 4]:
        q.put_nowait(job)
    print("qsize:", q.qsize(), str(q))
    out = []
    ws = [asyncio.create_task(worker(n, q, out)) for n in "AB"]
    await q.join()
    for w in ws:
        w.cancel()
    print(sorted(out))


asyncio.run(main())
