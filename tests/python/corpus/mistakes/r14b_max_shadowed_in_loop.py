# Mistake: the name max is reused for the result inside the coroutine, so max is local there and the first call fails (UnboundLocalError).
import asyncio
import random

random.seed(11)


async def worker():
    await asyncio.sleep(0.01)
    return random.randint(1, 100)


async def main():
    for round_no in range(1, 4):
        results = await asyncio.gather(worker(), worker(), worker())
        max = max(results)
        print(f'round {round_no}: {results} -> best {max}')


asyncio.run(main())
