# A task cancelled from outside while inside asyncio.timeout sees CancelledError, not TimeoutError.
import asyncio

async def guarded():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(5)
    except TimeoutError:
        print('TimeoutError (wrong)')
    except asyncio.CancelledError:
        print('CancelledError inside the task')
        raise

async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('main: task cancelled =', t.cancelled())

asyncio.run(main())
