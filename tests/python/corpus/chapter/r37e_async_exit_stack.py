# AsyncExitStack to enter a variable number of async resources for the workers
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.01)
    print('open', name)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0.01)
        print('close', name)

async def worker(conn):
    await asyncio.sleep(0.02)
    return f'{conn} ok'

async def main():
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in ('db', 'cache', 'queue')]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, 'plain callback at exit')
        print(await asyncio.gather(*map(worker, conns)))
    print('all closed')

asyncio.run(main())
