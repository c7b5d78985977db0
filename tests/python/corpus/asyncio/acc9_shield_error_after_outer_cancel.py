# A shielded coroutine fails after its awaiter was cancelled: is its exception logged as never retrieved?
import asyncio

async def fails():
    await asyncio.sleep(0.02)
    raise ValueError('failed behind the shield')

async def waiter():
    await asyncio.shield(fails())

async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('waiter cancelled')
    await asyncio.sleep(0.05)
    print('main done')

asyncio.run(main())
print('after run')
