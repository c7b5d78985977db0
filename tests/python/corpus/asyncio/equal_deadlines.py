# Sleeps with the same delay wake in the order they started (FIFO), also via call_later.
import asyncio

async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print('woke', name)

async def main():
    loop = asyncio.get_running_loop()
    for name in 'abcde':
        loop.call_later(0.1, print, 'callback', name)
    await asyncio.gather(*(sleeper(n, 0.1) for n in 'vwxyz'))
    await asyncio.gather(sleeper('late', 0.02), sleeper('early', 0.01), sleeper('zero', 0))

asyncio.run(main())
