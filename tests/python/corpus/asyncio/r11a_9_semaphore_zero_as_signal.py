import asyncio


async def consumer(sem, name, log):
    await sem.acquire()
    log.append(f"{name} got a permit")


async def main():
    sem = asyncio.Semaphore(0)
    log = []
    tasks = [asyncio.create_task(consumer(sem, f"c{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    print("all blocked:", sem.locked(), log)
    for _ in range(2):
        sem.release()
    await asyncio.sleep(0)
    print(log)
    sem.release()
    await asyncio.gather(*tasks)
    print(log, sem.locked())


asyncio.run(main())
