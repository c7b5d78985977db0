# Lock fairness: a newcomer arriving right after release queues behind the woken waiter
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []

    async def take(name):
        async with lock:
            order.append(name)

    await lock.acquire()
    waiters = [asyncio.create_task(take(f"w{i}")) for i in range(2)]
    await asyncio.sleep(0)
    lock.release()
    newcomer = asyncio.create_task(take("new"))
    print("locked right after release:", lock.locked())
    await asyncio.gather(*waiters, newcomer)
    print(order)

asyncio.run(main())
