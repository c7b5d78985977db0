# `async with` / `async for` in a function declared without async
import asyncio

def main():
    lock = asyncio.Lock()
    async with lock:
        print("in lock")

asyncio.run(main())
