# Mistake: gather() called outside the running loop, then given to wait_for
# inside asyncio.run: CPython's gather future belongs to get_event_loop()'s
# loop, so ensure_future refuses it with a ValueError (it was a TypeError).
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r

print('start')
result = asyncio.run(asyncio.wait_for(asyncio.gather(factorial(4), factorial(5)), 2))
print(result)
