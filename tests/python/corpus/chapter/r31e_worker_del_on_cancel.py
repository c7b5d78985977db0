# a connection object with __del__ inside each worker; cancel them and see when they close
import asyncio

class Conn:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('closing conn', self.n)

async def worker(n):
    c = Conn(n)
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in (1, 2, 3)]
    await asyncio.sleep(0.15)
    print('cancelling the rest')
    for t in tasks[1:]:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
print('Main - Done')
