import asyncio

async def child(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    a = asyncio.create_task(child("a", 0.02))
    b = asyncio.create_task(child("b", 0.1))
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0.03)
    b.cancel()
    res = await g
    print([type(r).__name__ for r in res], res[0])
    c = asyncio.create_task(child("c", 0.1))
    g2 = asyncio.gather(c)
    await asyncio.sleep(0.01)
    c.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("g2 raised CancelledError; g2.cancelled() =", g2.cancelled())

asyncio.run(main())
