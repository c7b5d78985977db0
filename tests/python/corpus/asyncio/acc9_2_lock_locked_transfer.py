# Lock.locked() as ownership passes from waiter to waiter; acquire() returns True; a Lock used by nested tasks.
import asyncio

async def holder(lock, name, log):
    r = await lock.acquire()
    log.append((name, r, lock.locked()))
    await asyncio.sleep(0)
    lock.release()
    log.append((name + ' released', lock.locked()))

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(holder(lock, n, log) for n in 'abc'))
    for entry in log:
        print(entry)
    print('locked at end:', lock.locked())

asyncio.run(main())
