# shield(): the outer await is cancelled, the shielded task finishes and its result can be read later
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def important():
    await asyncio.sleep(0.3)
    print('important work finished')
    return 42

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.1)
    except TimeoutError:
        print('gave up waiting at', tenths(loop.time() - t0), 'inner done?', inner.done())
    print('result', await inner, 'at', tenths(loop.time() - t0))

asyncio.run(main())
