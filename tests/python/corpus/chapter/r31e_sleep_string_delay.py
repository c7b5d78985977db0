# read the delay from a string setting and forgot to convert it
import asyncio

settings = {'delay': '0.1', 'count': '3'}

async def worker(i):
    print('worker', i, 'sleeping', settings['delay'])
    await asyncio.sleep(settings['delay'])
    return i

async def main():
    n = int(settings['count'])
    print(await asyncio.gather(*(worker(i) for i in range(n))))

asyncio.run(main())
