# An async connection pool using asynccontextmanager and AsyncExitStack.
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.log = []

    @asynccontextmanager
    async def connection(self, who):
        conn = self.free.pop(0)
        self.log.append(f"{who}+{conn}")
        try:
            await asyncio.sleep(0.01)
            yield conn
        except ValueError as e:
            self.log.append(f"{who}!{e}")
            raise
        finally:
            self.free.append(conn)
            self.log.append(f"{who}-{conn}")

async def main():
    pool = Pool(3)
    async with pool.connection("a") as c:
        print("a uses", c)
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(pool.connection(w)) for w in "xyz"]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback")
        print("holding", conns, "free", pool.free)
    print("free after", sorted(pool.free))
    try:
        async with pool.connection("b"):
            raise ValueError("bad query")
    except ValueError:
        print("error propagated")
    print(pool.log)
    try:
        with pool.connection("c"):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

asyncio.run(main())
