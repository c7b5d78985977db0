import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.05)
    elapsed = loop.time() - start
    print('slept at least 0.05:', elapsed >= 0.049, 'and less than 0.5:', elapsed < 0.5)
    deadline = loop.time() + 0.02
    fired = []
    loop.call_at(deadline, lambda: fired.append(loop.time() >= deadline - 0.001))
    await asyncio.sleep(0.05)
    print('fired after deadline:', fired)
    print(type(loop.time()).__name__)

asyncio.run(main())
