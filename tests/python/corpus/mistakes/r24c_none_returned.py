import asyncio

async def load_scores():
    await asyncio.sleep(0.01)
    scores = [4, 9, 2]
    scores.sort()

async def main():
    scores = await load_scores()
    print("best score:", scores[-1])

asyncio.run(main())
