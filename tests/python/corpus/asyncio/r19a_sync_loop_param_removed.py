# 3.10+: the loop parameter was removed from the primitives and queues
import asyncio

loop = asyncio.new_event_loop()
for cls in (asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore,
            asyncio.BoundedSemaphore, asyncio.Queue):
    try:
        cls(loop=loop)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
try:
    asyncio.Barrier(2, loop=loop)
except TypeError as e:
    print("Barrier TypeError:", e)

async def main():
    try:
        await asyncio.sleep(0.1, loop=loop)
    except TypeError as e:
        print("sleep TypeError:", e)
    try:
        await asyncio.gather(asyncio.sleep(0), loop=loop)
    except TypeError as e:
        print("gather TypeError:", e)

asyncio.run(main())
loop.close()
