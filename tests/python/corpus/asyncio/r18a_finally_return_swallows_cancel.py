# a return in finally swallows the cancellation; a second cancel during cleanup
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    finally:
        return 'returned from finally'

async def slow_cleanup():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('cleanup starts')
        try:
            await asyncio.sleep(0.05)
        except asyncio.CancelledError:
            print('cleanup interrupted too')
            raise
        print('cleanup finished')
        raise

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, 'cancelled:', t.cancelled())
    t2 = asyncio.create_task(slow_cleanup())
    await asyncio.sleep(0.01)
    t2.cancel()
    await asyncio.sleep(0.01)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print('t2 cancelled:', t2.cancelled())

asyncio.run(main())
