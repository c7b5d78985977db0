# wait_for(shield(task)) times out but the task goes on; awaiting it later gives its result.
import asyncio

async def compute():
    await asyncio.sleep(0.1)
    return 'computed'

async def main():
    t = asyncio.create_task(compute())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.02)
    except asyncio.TimeoutError:
        print('timed out; task cancelled?', t.cancelled())
    print(await t)

asyncio.run(main())
