# asyncio.sleep called from a normal generator (never awaited).
import asyncio

def slow_range(n):
    for i in range(n):
        asyncio.sleep(0.01)
        yield i

async def main():
    print(list(slow_range(2)))

asyncio.run(main())
