# asyncio.Semaphore(2): at most two tasks inside at once.
import asyncio

inside = 0
most = 0

async def visit(n, sem):
    global inside, most
    async with sem:
        inside += 1
        most = max(most, inside)
        print(f'visitor {n} enters ({inside} inside)')
        await asyncio.sleep(0.15 * (n % 3 + 1))  # events 0.15 s apart
        inside -= 1
        print(f'visitor {n} leaves')

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(visit(n, sem) for n in range(5)))
    print('most inside at once:', most, 'locked:', sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
