import asyncio

async def job():
    await asyncio.sleep(0.2)
    return 'finished'

async def main():
    t = asyncio.create_task(job())
    try:
        await asyncio.wait_for(t, 0.05)
    except TimeoutError:
        print('timed out; task cancelled:', t.cancelled())
    t2 = asyncio.create_task(job())
    try:
        await asyncio.wait_for(asyncio.shield(t2), 0.05)
    except TimeoutError:
        print('shielded task still running:', not t2.done())
    print(await t2)

asyncio.run(main())
