# Learner's gather call is missing its closing parenthesis; the next line is a def.
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01)
    return i * 10

async def main():
    results = await asyncio.gather(
        fetch(1),
        fetch(2),
        fetch(3),
    print(results)

def helper():
    return 42

asyncio.run(main())
