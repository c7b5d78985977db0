# Using async with a lock inside an ordinary function.
import asyncio

lock = None

def update(counter):
    async with lock:
        counter["n"] += 1

async def main():
    global lock
    lock = asyncio.Lock()
    c = {"n": 0}
    update(c)
    print(c)

asyncio.run(main())
