import asyncio

class FactorialError(ValueError):
    def __init__(self, n):
        super().__init__(f'cannot take the factorial of {n!r}')
        self.n = n

async def factorial(n):
    if not isinstance(n, int) or n < 0:
        raise FactorialError(n)
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    for n in [5, -4, 2.5, 3]:
        try:
            print(n, '->', await factorial(n))
        except FactorialError as e:
            print('error:', e, '| n =', e.n, '| is ValueError:', isinstance(e, ValueError))
    await factorial(-7)

asyncio.run(main())
