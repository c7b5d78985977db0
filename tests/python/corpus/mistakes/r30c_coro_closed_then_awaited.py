# Closing a coroutine to silence the warning, then awaiting it anyway.
import asyncio

async def job():
    await asyncio.sleep(0.01)
    return 1

async def main():
    c = job()
    c.close()
    print("closed the coroutine")
    print(await c)

asyncio.run(main())
