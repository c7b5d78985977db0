# At most two downloads at a time with an asyncio.Semaphore; the order they start and end.
import asyncio

async def download(sem, name, secs, log):
    async with sem:
        log.append(f"start {name}")
        print("start", name)
        await asyncio.sleep(secs)
        print("end  ", name)
        log.append(f"end {name}")
        return len(name) * 100

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    files = [("a.txt", 0.5), ("bb.txt", 0.1), ("ccc.txt", 0.2), ("d.txt", 0.1)]
    sizes = await asyncio.gather(*(download(sem, n, s, log) for n, s in files))
    print(sizes, sum(sizes))
    print(len(log), log[:3])

asyncio.run(main())
