# Awaiting the same coroutine object twice.
import asyncio

async def ping():
    await asyncio.sleep(0.01)
    return "pong"

async def main():
    c = ping()
    print(await c)
    print(await c)

asyncio.run(main())
