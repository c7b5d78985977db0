# releasing an unlocked Lock raises; acquire() returns True; repr shows the state
import asyncio

async def main():
    lock = asyncio.Lock()
    print(repr(lock).split(' [')[1])
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(await lock.acquire(), lock.locked())
    print(repr(lock).split(' [')[1])
    lock.release()
    print(lock.locked())

asyncio.run(main())
