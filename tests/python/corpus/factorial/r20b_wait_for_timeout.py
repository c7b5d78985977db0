# Harness wraps a too-slow student solution in asyncio.wait_for and reports the timeout.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def student_main():
    out = []
    for n in [5, 7, 3, 6]:
        out.append(await factorial(n))
    return out

async def harness():
    try:
        res = await asyncio.wait_for(student_main(), timeout=1.0)
        print('finished in time:', res)
    except asyncio.TimeoutError as e:
        print('TIMEOUT: solution too slow (sequential?)', type(e).__name__)
    res = await asyncio.wait_for(asyncio.gather(*(factorial(n) for n in [5, 7, 3, 6])), timeout=1.0)
    print('reference finished:', res)

asyncio.run(harness())
