# asyncio.wait with FIRST_COMPLETED in a loop, handling tasks as they finish, by name
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    pending = {asyncio.create_task(worker(d), name=f'w{d}') for d in (0.3, 0.1, 0.5)}
    rounds = 0
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        for t in done:
            print(f'round {rounds}: {t.get_name()} -> {t.result()}, {len(pending)} pending')
    print('rounds:', rounds)

asyncio.run(main())
