# Mistake: a recursive coroutine that forgets to await itself (coroutine * int).
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    if n <= 1:
        return 1
    return n * factorial(n - 1)

print('Main - Starting')
print(asyncio.run(factorial(4)))
print('Main - Done')
