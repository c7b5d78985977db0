# a long gather call split over lines; one closing parenthesis is missing
import asyncio

async def fetch(n):
    await asyncio.sleep(0.01)
    return n * 2

async def main():
    results = await asyncio.gather(
        fetch(1),
        fetch(2),
        fetch(3),
    print(results)

asyncio.run(main())
