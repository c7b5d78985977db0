# A FactorialError of one's own raised for bad input and caught per task
import asyncio

class FactorialError(Exception):
    def __init__(self, value):
        super().__init__(f'cannot take factorial of {value!r}')
        self.value = value

async def factorial(n):
    if not isinstance(n, int) or n < 0:
        raise FactorialError(n)
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

async def safe(n):
    try:
        return await factorial(n)
    except FactorialError as e:
        print('error:', e, '| value was', e.value)
        return -1

async def main():
    print(await asyncio.gather(*(safe(n) for n in [4, -3, None, 2])))

asyncio.run(main())
