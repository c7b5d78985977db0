# A worker pool answering through futures: submit() returns a future the worker resolves
import asyncio

class Pool:
    def __init__(self, n):
        self.q = asyncio.Queue()
        self.workers = [asyncio.create_task(self.work(i)) for i in range(n)]

    async def work(self, i):
        while True:
            fn, args, fut = await self.q.get()
            try:
                fut.set_result(await fn(*args))
            except Exception as e:
                fut.set_exception(e)

    def submit(self, fn, *args):
        fut = asyncio.get_running_loop().create_future()
        self.q.put_nowait((fn, args, fut))
        return fut

    def close(self):
        for w in self.workers:
            w.cancel()

async def div(a, b):
    await asyncio.sleep(0.01)
    return a / b

async def main():
    pool = Pool(2)
    futs = [pool.submit(div, 10, b) for b in (2, 5, 0, 4)]
    print(await asyncio.gather(*futs, return_exceptions=True))
    pool.close()

asyncio.run(main())
