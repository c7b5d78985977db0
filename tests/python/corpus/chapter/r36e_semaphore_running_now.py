# only two workers at a time with a Semaphore; print who is running at each start
import asyncio

running = []

async def worker(label, delay, sem):
    async with sem:
        running.append(label)
        print(f'{label} starts, running now: {running}')
        await asyncio.sleep(delay)
        running.remove(label)
    return label

async def main():
    sem = asyncio.Semaphore(2)
    jobs = [('A', 0.1), ('B', 0.45), ('C', 0.1), ('D', 0.1), ('E', 0.05)]
    results = await asyncio.gather(*(worker(l, d, sem) for l, d in jobs))
    print('results:', results, '| sem locked?', sem.locked())

asyncio.run(main())
