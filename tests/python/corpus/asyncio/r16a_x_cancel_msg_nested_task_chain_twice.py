# A chain of tasks cancelled twice: the second request, while the first is still on its way, is dropped
import asyncio

async def leaf():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print('leaf', e.args)
        raise

async def mid():
    try:
        await asyncio.create_task(leaf())
    except asyncio.CancelledError as e:
        print('mid', e.args)
        raise

async def main():
    t = asyncio.create_task(mid())
    await asyncio.sleep(0.1)
    print(t.cancel('one'), t.cancel('two'), t.cancelling())
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, r[0].args)

asyncio.run(main())
