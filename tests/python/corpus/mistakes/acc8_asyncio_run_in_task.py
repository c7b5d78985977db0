# asyncio.run called from inside a coroutine a task runs.
import asyncio

async def factorial(n):
    await asyncio.sleep(0)
    return 1 if n <= 1 else n * asyncio.run(factorial(n - 1))

async def main():
    print(await factorial(3))

asyncio.run(main())
