# Wrong but running: one global result shared by the concurrent factorials, so they spoil each other
import asyncio

result = 1


async def factorial(n):
    global result
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f'{n}! = {result}')
    return result


async def main():
    values = await asyncio.gather(factorial(3), factorial(4))
    print(values)


asyncio.run(main())
