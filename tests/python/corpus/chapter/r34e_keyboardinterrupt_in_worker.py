# simulating Ctrl-C inside a worker to see how asyncio.run reacts
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise KeyboardInterrupt
    print('worker', n, 'done')

async def main():
    await asyncio.gather(worker(1), worker(2), worker(30))

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('caught Ctrl-C at the top')
print('Main - Done')
