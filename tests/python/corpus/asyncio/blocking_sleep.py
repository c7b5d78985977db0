# time.sleep inside a coroutine blocks every task: nothing else runs meanwhile.
import asyncio
import time

async def polite(name):
    for i in range(3):
        print(name, 'step', i)
        await asyncio.sleep(0.1)

async def rude():
    print('rude blocks the loop for 0.35 s')
    time.sleep(0.35)
    print('rude is done blocking')

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(polite('p'), rude())
    print('took at least 0.35 s:', loop.time() - start >= 0.35)

asyncio.run(main())
