# Mistake: the result of a coroutine call used without await in an f-string format spec.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    for n in [3, 4]:
        value = factorial(n)
        print(f'{n}! = {value:>6}')

asyncio.run(main())
