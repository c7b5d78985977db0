# A helper def inside a coroutine uses await.
import asyncio

async def main():
    def step(n):
        await asyncio.sleep(0.1)
        return n
    print(step(1))

asyncio.run(main())
