# Averaging an empty list of results from a task: ZeroDivisionError
import asyncio


async def fetch_scores(name):
    await asyncio.sleep(0.1)
    return {'ann': [3, 4, 5], 'bob': []}[name]


async def average(name):
    scores = await fetch_scores(name)
    return sum(scores) / len(scores)


async def main():
    for name in ['ann', 'bob']:
        print(name, await average(name))


asyncio.run(main())
