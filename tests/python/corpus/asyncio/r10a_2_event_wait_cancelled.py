import asyncio

async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, 'woke')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter(ev, 'a'))
    b = asyncio.create_task(waiter(ev, 'b'))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    ev.set()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(len(ev._waiters))

asyncio.run(main())
