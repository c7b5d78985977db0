# entering several async context managers with AsyncExitStack
import asyncio
import contextlib

class Connection:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print('open', self.name)
        return self
    async def __aexit__(self, *exc):
        print('close', self.name, exc[0].__name__ if exc[0] else None)
        return False

async def main():
    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Connection(n)) for n in 'xyz']
        stack.push_async_callback(asyncio.sleep, 0)
        print([c.name for c in conns])
        raise RuntimeError('boom inside the stack')

asyncio.run(main())
