# Awaiting something that is not awaitable (an int) inside a task
import asyncio

async def compute():
    return 5

async def main():
    x = await compute()
    print("x =", x)
    y = await x
    print(y)

asyncio.run(main())
