# Condition.notify() without holding its lock
import asyncio

async def main():
    cond = asyncio.Condition()
    async with cond:
        cond.notify()
        print("notified while holding the lock")
    cond.notify()

asyncio.run(main())
