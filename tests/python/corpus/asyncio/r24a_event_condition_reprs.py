import asyncio

def tail(x):
    r = repr(x)
    return r[r.index("["):]

async def main():
    ev = asyncio.Event()
    ws = [asyncio.create_task(ev.wait()) for _ in range(3)]
    await asyncio.sleep(0)
    print(tail(ev))
    ev.set()
    print(tail(ev))
    await asyncio.gather(*ws)
    print(tail(ev))
    cond = asyncio.Condition()
    print(tail(cond))
    async def w():
        async with cond:
            await cond.wait()
    cw = [asyncio.create_task(w()) for _ in range(2)]
    await asyncio.sleep(0)
    print(tail(cond))
    async with cond:
        print(tail(cond))
        cond.notify_all()
    await asyncio.gather(*cw)
    print(tail(cond))

asyncio.run(main())
