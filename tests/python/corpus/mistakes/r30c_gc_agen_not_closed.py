# Leaving an async for early: the async generator's finally runs at shutdown.
import asyncio

async def ticks():
    try:
        for i in range(10):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("ticks cleaned up")

async def main():
    async for t in ticks():
        print("tick", t)
        if t == 1:
            break
    print("left the loop")

asyncio.run(main())
print("after run")
