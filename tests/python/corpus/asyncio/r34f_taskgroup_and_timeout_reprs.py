# Peeking at a TaskGroup and an asyncio.timeout context while they run (their reprs).
import asyncio

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        tg.create_task(asyncio.sleep(0.01))
        tg.create_task(asyncio.sleep(0.02))
        print(repr(tg))
    print(repr(tg))
    t = asyncio.timeout(None)
    print(repr(t))
    async with t:
        print(repr(t))
    print(repr(t))
    try:
        async with asyncio.timeout(0.01) as t2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(t2).split(" when=")[0], t2.expired())

asyncio.run(main())
