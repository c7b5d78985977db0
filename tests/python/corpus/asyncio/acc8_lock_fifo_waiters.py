# Tasks that queue for a Lock get it in the order they asked; a repr shows the waiters.
import asyncio
import re

async def user(lock, name):
    print(name, 'wants the lock')
    async with lock:
        print(name, 'has the lock')
        await asyncio.sleep(0.01)
    print(name, 'released')

async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(user(lock, n)) for n in 'ABCD']
    await asyncio.sleep(0.005)
    print(re.sub(r' at 0x[0-9a-f]+', '', repr(lock)))
    await asyncio.gather(*tasks)

asyncio.run(main())
