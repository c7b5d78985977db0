# create_task given the coroutine function, not a call of it.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return "ok"

async def main():
    try:
        task = asyncio.create_task(worker)
    except TypeError as e:
        print("TypeError:", str(e).split(" at 0x")[0])
    task = asyncio.create_task(worker())
    print(await task)

asyncio.run(main())
