# A second cancel() arriving while the finally block awaits interrupts the cleanup
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print('cleanup starts')
        try:
            await asyncio.sleep(1)
            print('cleanup done')
        except asyncio.CancelledError as e:
            print('cleanup interrupted', e.args)
            raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel('one')
    await asyncio.sleep(0.1)
    print('still running:', not t.done(), t.cancelling())
    t.cancel('two')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main sees', e.args)

asyncio.run(main())
