# If the body swallows the CancelledError of a timeout, the timeout raises nothing
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async with asyncio.timeout(0.1) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('body swallowed the cancel at', tenths(loop.time() - t0))
        await asyncio.sleep(0.1)
        print('body carried on')
    print('after block, expired =', cm.expired())
    print('task cancelling =', asyncio.current_task().cancelling())

asyncio.run(main())
