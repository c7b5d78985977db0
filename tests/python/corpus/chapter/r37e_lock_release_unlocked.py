# a Lock shared by workers; then I released it when nobody held it
import asyncio

async def worker(name, lock, log):
    async with lock:
        log.append(f'{name} in')
        await asyncio.sleep(0.01)
        log.append(f'{name} out')

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(worker(n, lock, log) for n in 'ABC'))
    print(log)
    print('locked?', lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    cond = asyncio.Condition()
    await cond.wait()

asyncio.run(main())
