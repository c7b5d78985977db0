# notify() on a Condition without holding its lock.
import asyncio

async def main():
    cond = asyncio.Condition()
    print(cond.locked())
    cond.notify()

asyncio.run(main())
