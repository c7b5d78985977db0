# Cancelling a task that awaits another task cancels the awaited task too; shield prevents it
import asyncio


async def download():
    await asyncio.sleep(0.2)
    return "data"


async def waiter(inner, protect):
    return await (asyncio.shield(inner) if protect else inner)


async def main():
    for protect in (False, True):
        inner = asyncio.create_task(download())
        outer = asyncio.create_task(waiter(inner, protect))
        await asyncio.sleep(0.01)
        outer.cancel()
        await asyncio.sleep(0.01)
        print(f"protect={protect}: outer cancelled={outer.cancelled()}, inner cancelled={inner.cancelled()}")
        if not inner.cancelled():
            print("inner result:", await inner)


asyncio.run(main())
