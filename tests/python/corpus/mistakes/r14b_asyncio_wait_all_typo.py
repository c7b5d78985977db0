# Mistake: asyncio.wait_all does not exist (a learner guesses the name; CPython suggests one).
import asyncio


async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    tasks = [asyncio.create_task(worker(n)) for n in (3, 1, 2)]
    done = await asyncio.wait_all(tasks)
    print(done)


asyncio.run(main())
