# A helper returns inner() without await; the caller adds 1 to a coroutine
import asyncio

async def fetch_score():
    await asyncio.sleep(0.01)
    return 41

async def get_score():
    print("getting the score")
    return fetch_score()

async def main():
    score = await get_score()
    print("next score:", score + 1)

asyncio.run(main())
