# Harness leaves a progress monitor task running; asyncio.run cancels it at the end.
import asyncio

async def monitor():
    ticks = 0
    try:
        while True:
            await asyncio.sleep(3.0)
            ticks += 1
            print('tick', ticks)
    except asyncio.CancelledError:
        print('monitor cancelled after', ticks, 'ticks')
        raise
    finally:
        print('monitor finally')

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def main():
    asyncio.create_task(monitor())
    res = await asyncio.gather(factorial(9), factorial(3))
    print('results', res)
    return res

print(asyncio.run(main()))
