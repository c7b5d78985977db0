# wait_for times out and the TimeoutError is not caught
import asyncio

async def slow_op():
    await asyncio.sleep(5)
    return 1

async def main():
    value = await asyncio.wait_for(slow_op(), 0.03)
    print(value)

asyncio.run(main())
