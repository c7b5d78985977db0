# a Barrier for three but only two workers show up, so main aborts it
import asyncio

async def worker(name, barrier):
    try:
        await barrier.wait()
        print(name, 'passed')
    except asyncio.BrokenBarrierError as e:
        print(name, 'broken barrier', repr(e))

async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(worker(n, barrier)) for n in 'AB']
    await asyncio.sleep(0.05)
    print('waiting:', barrier.n_waiting, 'broken:', barrier.broken)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print('broken:', barrier.broken)
    await barrier.reset()
    print('after reset:', barrier.broken)

asyncio.run(main())
