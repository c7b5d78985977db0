# Retrying a flaky call inside one overall asyncio.timeout budget, with backoff, until the budget ends
import asyncio
import random

random.seed(10)
attempts = []


async def flaky():
    attempts.append(len(attempts) + 1)
    await asyncio.sleep(0.02)
    if random.random() < 0.8:
        raise ConnectionError("try again")
    return "payload"


async def fetch_with_budget(budget):
    delay = 0.01
    async with asyncio.timeout(budget):
        while True:
            try:
                return await flaky()
            except ConnectionError:
                await asyncio.sleep(delay)
                delay *= 2


async def main():
    try:
        print(await fetch_with_budget(2.0))
    except TimeoutError:
        print("budget exhausted")
    print("attempts:", attempts)


asyncio.run(main())
