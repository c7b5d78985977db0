# contextlib.asynccontextmanager: setup and teardown around the body, also when the body raises.
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def connection(name):
    print('open', name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        print('close', name)

async def main():
    async with connection('db') as c:
        print('using', c)
    try:
        async with connection('cache'):
            raise RuntimeError('query failed')
    except RuntimeError as e:
        print('caught', e)

asyncio.run(main())
