# cancelling the gather future itself cancels all the factorials
import asyncio

async def factorial(n):
    try:
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            r *= i
        return r
    except asyncio.CancelledError:
        print(f'factorial({n}) cancelled')
        raise

async def calculate_factorials():
    g = asyncio.gather(factorial(6), factorial(7))
    await asyncio.sleep(0.25)
    print('cancel ->', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather was cancelled; cancelled() =', g.cancelled())

asyncio.run(calculate_factorials())
