# Mistake: indexing the result of a coroutine call without awaiting it ('coroutine' object is not subscriptable).
import asyncio


async def fetch_scores():
    await asyncio.sleep(0.05)
    return [70, 85, 92]


async def main():
    print('fetching...')
    best = fetch_scores()[2]
    print('best score:', best)


asyncio.run(main())
