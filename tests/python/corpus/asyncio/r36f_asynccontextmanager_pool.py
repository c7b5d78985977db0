# An @asynccontextmanager connection pool that hands out connections and puts them back.
import asyncio
from contextlib import asynccontextmanager

class Pool:
    def __init__(self, size):
        self.free = asyncio.Queue()
        for i in range(size):
            self.free.put_nowait(f"conn{i}")

    @asynccontextmanager
    async def connection(self):
        conn = await self.free.get()
        try:
            yield conn
        finally:
            self.free.put_nowait(conn)

async def query(pool, n):
    async with pool.connection() as conn:
        await asyncio.sleep(0.1 * (n % 3 + 1))
        return f"q{n} via {conn}"

async def main():
    pool = Pool(2)
    for line in await asyncio.gather(*(query(pool, n) for n in range(5))):
        print(line)
    print("free at end:", pool.free.qsize())

asyncio.run(main())
