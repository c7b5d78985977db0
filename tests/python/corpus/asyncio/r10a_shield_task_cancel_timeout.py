import asyncio

async def commit():
    try:
        await asyncio.sleep(0.2)
        print('commit completed')
    except asyncio.CancelledError:
        print('commit cancelled (wrong)')
        raise

async def main():
    t = asyncio.create_task(commit())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.05)
    except TimeoutError:
        print('timed out waiting; commit still running:', not t.done())
    await t
    print('t done', t.done(), t.cancelled())

asyncio.run(main())
