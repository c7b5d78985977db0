# Lock waiters are served FIFO; a waiter cancelled while queued is skipped.
import asyncio

order = []

async def user(lock, name, hold):
    async with lock:
        order.append(name)
        await asyncio.sleep(hold)

async def main():
    lock = asyncio.Lock()
    tasks = {n: asyncio.create_task(user(lock, n, 0.02)) for n in "ABCDE"}
    await asyncio.sleep(0.01)
    tasks["C"].cancel()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print(order)
    print({n: ("cancelled" if t.cancelled() else "ok") for n, t in tasks.items()})

asyncio.run(main())
