# sys.exit raised inside an asyncio.timeout() block in a task main awaits: the exit wins, status 9
import asyncio
import sys


async def factorial(n):
    async with asyncio.timeout(1):
        f = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            f *= i
        sys.exit(9)


async def main():
    print(await asyncio.create_task(factorial(3)))


asyncio.run(main())
