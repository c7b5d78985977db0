import asyncio

async def slow_gen():
    for i in range(3):
        await asyncio.sleep(0.02)
        yield i

async def main():
    g = slow_gen()
    t = asyncio.create_task(anext(g))
    await asyncio.sleep(0.01)
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("task got", await t)
    print(g.ag_running, g.ag_await is None)
    t2 = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0.01)
    await g.aclose()

asyncio.run(main())
