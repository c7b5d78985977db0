# test_locks/test_timeouts: lock contenders that give up after their timeouts leave no waiters behind
import asyncio
async def main():
    lock = asyncio.Lock()
    order = []
    async def holder():
        async with lock:
            order.append('holder in')
            await asyncio.sleep(0.2)
            order.append('holder out')
    async def contender(n, tmo):
        try:
            async with asyncio.timeout(tmo):
                async with lock:
                    order.append(f'c{n} in')
        except TimeoutError:
            order.append(f'c{n} timeout')
    await asyncio.gather(holder(), contender(1, 0.05), contender(5, 0.4), contender(6, 0.5))
    print(order, lock.locked(), len(lock._waiters or []))
asyncio.run(main())
