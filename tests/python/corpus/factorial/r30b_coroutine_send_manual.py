# Driving my coroutine by hand with send(None) to see what asyncio does.
import asyncio


async def factorial_no_sleep(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


async def factorial_with_sleep(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0)
        f *= i
    return f


coro = factorial_no_sleep(5)
try:
    coro.send(None)
except StopIteration as stop:
    print("StopIteration value:", stop.value)

coro = factorial_with_sleep(4)
steps = 0
while True:
    try:
        coro.send(None)
        steps += 1
    except StopIteration as stop:
        print(f"finished after {steps} yields with {stop.value}")
        break

coro = factorial_with_sleep(3)
coro.close()
print("closed:", coro.cr_frame is None)
asyncio.sleep(0.1).send(None)
