# A small WorkerPool class: submit coroutine functions, await results in submission order
import asyncio

class WorkerPool:
    def __init__(self, size):
        self.queue = asyncio.Queue()
        self.size = size
        self.workers = []

    async def __aenter__(self):
        self.workers = [asyncio.create_task(self._work(i)) for i in range(self.size)]
        return self

    async def __aexit__(self, *exc):
        await self.queue.join()
        for w in self.workers:
            w.cancel()
        await asyncio.gather(*self.workers, return_exceptions=True)

    async def _work(self, wid):
        while True:
            fn, args, fut = await self.queue.get()
            try:
                fut.set_result(await fn(*args))
            except Exception as e:
                fut.set_exception(e)
            finally:
                self.queue.task_done()

    def submit(self, fn, *args):
        fut = asyncio.get_running_loop().create_future()
        self.queue.put_nowait((fn, args, fut))
        return fut

async def square(x):
    await asyncio.sleep(0.01 * (5 - x))
    if x == 3:
        raise ValueError("three is unlucky")
    return x * x

async def main():
    async with WorkerPool(2) as pool:
        futs = [pool.submit(square, i) for i in range(5)]
    print(await asyncio.gather(*futs, return_exceptions=True))

asyncio.run(main())
