# A learner raises KeyboardInterrupt inside a task to stop early
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
        if f > 100:
            raise KeyboardInterrupt
    return f

async def main():
    print(await factorial(4))
    print(await factorial(7))

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('interrupted')
