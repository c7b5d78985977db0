# A cancel message travels through nested awaits of tasks (task awaiting task)
import asyncio

async def leaf():
    await asyncio.sleep(10)

async def middle():
    inner = asyncio.create_task(leaf(), name='leaf')
    try:
        await inner
    except asyncio.CancelledError as e:
        print('middle caught', e.args, 'inner cancelled', inner.cancelled())
        raise

async def main():
    t = asyncio.create_task(middle(), name='middle')
    await asyncio.sleep(0.1)
    t.cancel('halt now')
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__, res[0].args)

asyncio.run(main())
