import asyncio

async def inner():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(10)
    except TimeoutError:
        print('timeout (wrong)')
    except asyncio.CancelledError:
        print('foreign cancel passes through timeout; cancelling =', asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(inner())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

asyncio.run(main())
