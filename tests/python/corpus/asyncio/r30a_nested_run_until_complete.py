# Calling run_until_complete or asyncio.run from inside a running loop
import asyncio

async def inner():
    return "inner"

async def main():
    loop = asyncio.get_running_loop()
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await coro)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    asyncio.run(inner())

asyncio.run(main())
