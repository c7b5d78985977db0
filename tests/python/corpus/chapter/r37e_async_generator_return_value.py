# my worker yields progress and then tries to return the final result
import asyncio

async def worker(steps):
    total = 0
    for i in range(steps):
        await asyncio.sleep(0.01)
        total += i
        yield f'{i + 1}/{steps}'
    return total

async def main():
    async for progress in worker(3):
        print(progress)

asyncio.run(main())
