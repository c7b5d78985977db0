import asyncio


async def use_slot(sem, name, order):
    await sem.acquire()
    try:
        order.append(f"+{name}")
        await asyncio.sleep(0)
    finally:
        order.append(f"-{name}")
        sem.release()


async def main():
    sem = asyncio.Semaphore(2)
    order = []
    await asyncio.gather(*(use_slot(sem, n, order) for n in "ABCDE"))
    print(" ".join(order))
    sem.release()
    sem.release()
    print("an unbounded Semaphore allows extra releases; locked:", sem.locked())


asyncio.run(main())
