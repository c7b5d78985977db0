# An asynccontextmanager "connection" with an error raised inside the block.
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def connection(name):
    print('open', name)
    await asyncio.sleep(0.1)
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print('handled in cm:', e)
    finally:
        await asyncio.sleep(0.1)
        print('close', name)

async def main():
    async with connection('db') as c:
        print('using', c)
    async with connection('cache') as c:
        1 / 0
    print('after')
    async with connection('log') as c:
        raise KeyError(c)

asyncio.run(main())
