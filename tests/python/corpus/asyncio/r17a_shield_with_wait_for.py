# wait_for around shield: the timeout fires but the inner work completes
import asyncio

async def work():
    await asyncio.sleep(0.3)
    return 'finished'

async def main():
    t = asyncio.create_task(work())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.1)
    except TimeoutError:
        print('timed out; task cancelled?', t.cancelled())
    print(await t)

asyncio.run(main())
