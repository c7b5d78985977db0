# Driving the factorial coroutine by hand with send(None) to see how await works underneath.
import asyncio


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0)
        r *= i
    return r


coro = factorial(4)
steps = 0
while True:
    try:
        coro.send(None)
        steps += 1
    except StopIteration as stop:
        print(f"4! = {stop.value} after {steps} suspensions")
        break

slow = factorial(2).__await__()
print(type(slow).__name__)
real = asyncio.sleep(0.1)
real.send(None)
