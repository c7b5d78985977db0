# At most two downloads at a time with a Semaphore; the start order printed.
import asyncio

async def download(sem, name, d, active, peak):
    async with sem:
        active.append(name)
        peak[0] = max(peak[0], len(active))
        print('start', name, sorted(active))
        await asyncio.sleep(d)
        active.remove(name)
        print('end  ', name)

async def main():
    sem = asyncio.Semaphore(2)
    active, peak = [], [0]
    await asyncio.gather(*(download(sem, n, d, active, peak)
                           for n, d in [('a', 0.3), ('b', 0.1), ('c', 0.5), ('d', 0.4)]))
    print('peak', peak[0])

asyncio.run(main())
