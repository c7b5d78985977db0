import asyncio

cancelled = []

async def factorial(n):
    result = 1
    try:
        for i in range(1, n + 1):
            await asyncio.sleep(0.02)
            result *= i
    except asyncio.CancelledError:
        cancelled.append(n)
        raise
    return result

async def main():
    tasks = {n: asyncio.create_task(factorial(n)) for n in [3, 40, 4, 50]}
    done, pending = await asyncio.wait(tasks.values(), timeout=0.4)
    print(f'{len(done)} finished in time, {len(pending)} still running')
    for n, t in tasks.items():
        if t in pending:
            t.cancel()
    await asyncio.wait(pending)
    print('cancelled inside:', sorted(cancelled))
    for n, t in tasks.items():
        print(n, t.result() if not t.cancelled() else 'cancelled')

asyncio.run(main())
