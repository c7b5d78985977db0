# An outside cancel inside asyncio.timeout stays a CancelledError.
import asyncio

async def guarded():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(5)
    except TimeoutError:
        print('timeout (unexpected)')
    except asyncio.CancelledError as e:
        print('cancelled from outside', e.args)
        raise

async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.02)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled:', t.cancelled())

asyncio.run(main())
# (end of the program)
