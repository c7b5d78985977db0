# Condition.notify_all wakes every waiter; they re-acquire the lock one by one
import asyncio

async def waiter(cond, name, log):
    async with cond:
        log.append(f"{name} waits")
        await cond.wait()
        log.append(f"{name} woke, lock held: {cond.locked()}")

async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(waiter(cond, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0.05)
    async with cond:
        log.append("notify_all")
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("\n".join(log))

asyncio.run(main())
