# Mistake: return with a value in an async generator.
import asyncio

async def countdown(n):
    while n > 0:
        yield n
        await asyncio.sleep(0.1)
        n -= 1
    return 'done'

async def main():
    async for i in countdown(3):
        print(i)

asyncio.run(main())
