# wait_for cannot interrupt a student's blocking time.sleep; harness reports what happens.
import asyncio, time

async def blocking_factorial(n):
    result = 1
    for i in range(1, n + 1):
        time.sleep(0.15)
        await asyncio.sleep(0)
        result *= i
    return result

async def main():
    t0 = time.monotonic()
    try:
        r = await asyncio.wait_for(blocking_factorial(2), timeout=0.2)
        print('returned', r)
    except asyncio.TimeoutError:
        print('timed out')
    print('took at least 0.3 s:', time.monotonic() - t0 >= 0.3)
    t0 = time.monotonic()
    try:
        r = await asyncio.wait_for(blocking_factorial(4), timeout=0.2)
        print('returned', r)
    except asyncio.TimeoutError:
        print('timed out')
    print('blocked past the deadline:', time.monotonic() - t0 >= 0.3)

asyncio.run(main())
