# AsyncExitStack closing resources in reverse order with callbacks.
import asyncio
from contextlib import AsyncExitStack

class Res:
    def __init__(self, n):
        self.n = n
    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print('enter', self.n)
        return self
    async def __aexit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)
        return False

async def main():
    async with AsyncExitStack() as stack:
        rs = [await stack.enter_async_context(Res(i)) for i in range(3)]
        stack.push_async_callback(asyncio.sleep, 0.1)
        stack.callback(print, 'plain callback')
        print('using', [r.n for r in rs])

asyncio.run(main())
