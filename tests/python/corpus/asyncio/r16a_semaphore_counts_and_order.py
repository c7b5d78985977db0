# Semaphore(2): at most two inside; the waiters enter in arrival order
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

inside = 0
peak = 0

async def task(n, sem, log):
    global inside, peak
    async with sem:
        inside += 1
        peak = max(peak, inside)
        log.append(n)
        await asyncio.sleep(0.1)
        inside -= 1

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(*(task(n, sem, log) for n in range(6)))
    print(log, 'peak', peak, 'three rounds:', 0.3 <= loop.time() - t0 < 0.6)
    print('locked', sem.locked(), 'value', sem._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
