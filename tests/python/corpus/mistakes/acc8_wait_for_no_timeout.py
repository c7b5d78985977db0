# asyncio.wait_for called without its timeout.
import asyncio

async def factorial(n):
    await asyncio.sleep(0)
    return n

async def main():
    print(await asyncio.wait_for(factorial(3)))

asyncio.run(main())
