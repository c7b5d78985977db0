# Workers wait on an asyncio.Event before starting, the way a learner lines up a race
import asyncio

async def runner(name, start, delay, results):
    print(f'{name} ready')
    await start.wait()
    await asyncio.sleep(delay)
    results.append(name)
    print(f'{name} finished ({len(results)})')

async def main():
    start = asyncio.Event()
    results = []
    tasks = [asyncio.create_task(runner(n, start, d, results)) for n, d in [('tortoise', 0.4), ('hare', 0.1), ('fox', 0.25)]]
    await asyncio.sleep(0.05)
    print('is set?', start.is_set(), '- go!')
    start.set()
    await asyncio.gather(*tasks)
    print('podium:', ', '.join(f'{i}. {n}' for i, n in enumerate(results, 1)))

asyncio.run(main())
