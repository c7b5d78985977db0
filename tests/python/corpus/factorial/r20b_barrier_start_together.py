# Student uses asyncio.Barrier so every factorial starts together; harness checks the phases.
import asyncio

events = []

async def factorial(n, barrier):
    events.append(f'ready {n}')
    pos = await barrier.wait()
    events.append(f'go {n}')
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    events.append(f'done {n}')
    return r, pos

async def main():
    nums = [4, 2, 3]
    barrier = asyncio.Barrier(len(nums))
    res = await asyncio.gather(*(factorial(n, barrier) for n in nums))
    print([r for r, _ in res], sorted(p for _, p in res))
    print(events)
    ready_before_go = max(i for i, e in enumerate(events) if e.startswith('ready')) < min(i for i, e in enumerate(events) if e.startswith('go'))
    print('all ready before any go:', ready_before_go)
    print(barrier.parties, barrier.n_waiting, barrier.broken)

asyncio.run(main())
