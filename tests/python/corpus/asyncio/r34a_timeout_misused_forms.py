# Common misuses of asyncio.timeout and TaskGroup: plain with, await, as a decorator
import asyncio


async def main():
    try:
        with asyncio.timeout(1):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    try:
        await asyncio.timeout(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        with asyncio.TaskGroup():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    try:
        await asyncio.Lock()
    except TypeError as e:
        print("TypeError:", e)

    @asyncio.timeout(1)
    async def decorated():
        return 1


asyncio.run(main())
