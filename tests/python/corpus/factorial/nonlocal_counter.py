# Factorial exercise: a closure with nonlocal counts the steps of all the factorials.
import asyncio

def make_factorial():
    steps = 0
    async def factorial(n):
        nonlocal steps
        result = 1
        for i in range(2, n + 1):
            steps += 1
            await asyncio.sleep(0.01)
            result *= i
        return result
    def count():
        return steps
    return factorial, count

async def main():
    factorial, count = make_factorial()
    values = await asyncio.gather(*(factorial(n) for n in [5, 7, 3, 6]))
    print(values, 'in', count(), 'steps')
    print(factorial.__name__, count.__qualname__)

asyncio.run(main())
