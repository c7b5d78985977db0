# Mistake: calls with too few, too many and unexpected arguments, each caught, the last not.
import asyncio

async def factorial(n, delay=0.1):
    await asyncio.sleep(delay)
    return n

class Calculator:
    def compute(self, n):
        return n

calls = [lambda: factorial(), lambda: factorial(1, 2, 3), lambda: factorial(1, dealy=2),
         lambda: Calculator().compute(1, 2), lambda: Calculator.compute(5), lambda: len(),
         lambda: len([1], [2]), lambda: factorial(1, n=2)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
asyncio.run(factorial(3, 0.1, 'extra'))
