# Mistake: waiting on an asyncio.Condition without holding its lock.
import asyncio

async def consumer(cond, items):
    await cond.wait()
    print("got", items.pop())

async def main():
    cond = asyncio.Condition()
    items = []
    await consumer(cond, items)

asyncio.run(main())
