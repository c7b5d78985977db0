# Watching a Semaphore's locked() and its str() while workers hold it
import asyncio


async def worker(sem, n, log):
    async with sem:
        log.append(f"{n} in, locked={sem.locked()}")
        await asyncio.sleep([0.1, 0.45, 0.1, 0.1][n])
    log.append(f"{n} out")


async def main():
    sem = asyncio.Semaphore(2)
    print(str(sem).split(" [")[1])
    log = []
    tasks = [asyncio.create_task(worker(sem, i, log)) for i in range(4)]
    await asyncio.sleep(0.005)
    print("during:", str(sem).split(" [")[1])
    await asyncio.gather(*tasks)
    print("\n".join(log))
    print("after:", str(sem).split(" [")[1], sem.locked())


asyncio.run(main())
