# Mistake: a task fails and nobody awaits it: "Task exception was never retrieved".
import asyncio

async def factorial(n):
    await asyncio.sleep(0.05)
    if n < 0:
        raise ValueError(f'negative number: {n}')
    return n

async def main():
    asyncio.create_task(factorial(-1))
    good = asyncio.create_task(factorial(3))
    await asyncio.sleep(0.2)
    print('main done, good =', good.result())

asyncio.run(main())
print('Main - Done')
