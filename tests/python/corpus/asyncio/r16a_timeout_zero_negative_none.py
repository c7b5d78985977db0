# asyncio.timeout() with 0, a negative delay and None: which blocks time out and how
import asyncio

async def attempt(delay, work):
    try:
        async with asyncio.timeout(delay) as cm:
            await asyncio.sleep(work)
            print(delay, 'body finished')
    except TimeoutError:
        print(delay, 'TimeoutError, expired =', cm.expired())
    else:
        print(delay, 'no timeout, expired =', cm.expired())

async def main():
    await attempt(0, 0)
    await attempt(-1, 0)
    await attempt(None, 0.1)
    await attempt(0.2, 0.1)
    await attempt(0.1, 0.3)

asyncio.run(main())
