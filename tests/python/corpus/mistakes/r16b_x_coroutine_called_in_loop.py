# A coroutine function called in a loop without await: one warning
import asyncio
async def fetch(n):
    return n
async def main():
    for i in range(3):
        fetch(i)
    print("loop done")
asyncio.run(main())
