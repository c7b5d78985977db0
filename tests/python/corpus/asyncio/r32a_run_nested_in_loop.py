# Calling asyncio.run from inside a running loop
import asyncio

async def inner():
    return "inner"

async def main():
    print("outer running")
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()
    loop = asyncio.get_running_loop()
    loop.run_until_complete(inner())

asyncio.run(main())
