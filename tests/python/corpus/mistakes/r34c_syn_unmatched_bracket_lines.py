# A nested list of tasks where the brackets do not match across lines
import asyncio

async def step(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    plan = [
        [step(1), step(2)],
        [step(3), step(4)
    }
    for group in plan:
        print(await asyncio.gather(*group))

asyncio.run(main())
