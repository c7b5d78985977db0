import asyncio

async def child(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    tasks = [asyncio.create_task(child(n)) for n in range(1, 4)]
    g = asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(0.05)
    tasks[1].cancel()
    res = await g
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    tasks = [asyncio.create_task(child(n)) for n in range(1, 4)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.05)
    tasks[0].cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; others:", [t.done() for t in tasks[1:]])
    await asyncio.sleep(0.35)

asyncio.run(main())
