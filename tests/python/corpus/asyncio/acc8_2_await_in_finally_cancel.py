# A cancelled task awaits in its finally block (a cleanup sleep) and then finishes cancelled.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print('cleanup starts')
        await asyncio.sleep(0.01)
        print('cleanup ends')

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, t.cancelled())

asyncio.run(main())
