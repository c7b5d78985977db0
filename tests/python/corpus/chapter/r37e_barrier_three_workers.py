# Python 3.11 has asyncio.Barrier - workers with different delays all wait for each other
import asyncio

async def worker(name, delay, barrier):
    print(f'{name} working for {delay}s')
    await asyncio.sleep(delay)
    print(f'{name} at the barrier')
    pos = await barrier.wait()
    print(f'{name} passed (position {pos})')
    return name

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, 'parties')
    names = await asyncio.gather(worker('A', 0.1, barrier), worker('B', 0.3, barrier), worker('C', 0.2, barrier))
    print('all passed:', names)
    print('broken?', barrier.broken)

asyncio.run(main())
