# shield keeps the inner work alive when wait_for times out.
import asyncio

async def important():
    await asyncio.sleep(0.3)
    print('important finished')
    return 'saved'

async def main():
    t = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.1)
    except asyncio.TimeoutError:
        print('timeout, but task cancelled?', t.cancelled())
    print(await t)

asyncio.run(main())
