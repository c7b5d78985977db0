import asyncio

async def slow_op():
    await asyncio.sleep(1)
    return "done"

async def main():
    print(await asyncio.wait_for(slow_op(), timeout=2))

async def main2():
    result = await asyncio.wait_for(slow_op(), timeout=0.05)
    print(result)

asyncio.run(main2())
