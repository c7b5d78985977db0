# Pub/sub with Condition.notify_all: every subscriber sees every published message
import asyncio

messages = []

async def subscriber(name, cond, count):
    seen = 0
    got = []
    async with cond:
        while seen < count:
            await cond.wait_for(lambda: len(messages) > seen)
            got.extend(messages[seen:])
            seen = len(messages)
    return name, got

async def publisher(cond):
    for msg in ("hello", "news", "bye"):
        await asyncio.sleep(0.01)
        async with cond:
            messages.append(msg)
            cond.notify_all()

async def main():
    cond = asyncio.Condition()
    results = await asyncio.gather(subscriber("s1", cond, 3), subscriber("s2", cond, 3), publisher(cond))
    for r in results[:2]:
        print(r)
    print(cond.locked())

asyncio.run(main())
