# A task's repr while it yields with sleep(0) has no wait_for; while in sleep(1) it shows the future
import asyncio

async def spin():
    while True:
        await asyncio.sleep(0)

async def nap():
    await asyncio.sleep(1)

def head(t):
    r = repr(t)
    return r.split(' coro=')[0], 'wait_for=' in r

async def main():
    a = asyncio.create_task(spin(), name='spin')
    b = asyncio.create_task(nap(), name='nap')
    await asyncio.sleep(0)
    print(head(a), head(b))
    a.cancel()
    b.cancel()
    print(head(a), head(b))
    await asyncio.gather(a, b, return_exceptions=True)
    print(head(a), head(b))

asyncio.run(main())
