# Declared global after already reading the variable in the same coroutine.
import asyncio

completed = 0


async def factorial(n):
    print("completed so far:", completed)
    global completed
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    completed += 1
    return r


asyncio.run(factorial(5))
