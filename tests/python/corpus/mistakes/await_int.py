# Mistake: awaiting something that is not awaitable (a number).
import asyncio

async def compute():
    return 42

async def main():
    value = await compute()
    print('got', value)
    doubled = await value * 2
    print(doubled)

asyncio.run(main())
