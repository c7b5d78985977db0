# Creating a Semaphore with a negative value
import asyncio

try:
    asyncio.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

async def main():
    s = asyncio.Semaphore(0)
    try:
        await asyncio.wait_for(s.acquire(), 0.01)
    except TimeoutError:
        print("acquire on zero timed out; locked =", s.locked())

asyncio.run(main())
