# An async generator that yields progress and then tries to return the final factorial.
import asyncio


async def factorial_with_progress(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
        yield f"{i}/{n}"
    return result


async def main():
    async for step in factorial_with_progress(4):
        print(step)


asyncio.run(main())
