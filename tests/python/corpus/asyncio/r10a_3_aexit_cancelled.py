import asyncio

class Conn:
    async def __aenter__(self):
        print('open')
        return self
    async def __aexit__(self, *exc):
        print('closing after', exc[0].__name__ if exc[0] else None)
        await asyncio.sleep(0.01)
        print('closed')
        return False

async def use():
    async with Conn():
        await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(use())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('use cancelled')

asyncio.run(main())
