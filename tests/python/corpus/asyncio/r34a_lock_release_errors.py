# Lock misuse: releasing an unlocked Lock, and a second acquirer blocked until release
import asyncio


async def holder(lock, log):
    async with lock:
        log.append("holder has it")
        await asyncio.sleep(0.05)
        log.append("holder releasing")


async def waiter(lock, log):
    await asyncio.sleep(0.01)
    log.append(f"waiter sees locked={lock.locked()}")
    result = await lock.acquire()
    log.append(f"waiter acquired -> {result}")
    lock.release()


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(holder(lock, log), waiter(lock, log))
    print("\n".join(log))
    lock.release()


asyncio.run(main())
