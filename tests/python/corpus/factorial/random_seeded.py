# Factorial exercise: numbers drawn by a seeded random, a random delay per step (0.1 to 0.5 s: this seed finishes them well apart).
import asyncio
import random

random.seed(34)

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(random.randint(1, 5) / 10)
        result *= i
    print(f'  finished {n}')
    return result

async def main():
    numbers = random.sample(range(1, 7), 3)
    print('numbers:', numbers)
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        value = await coro
        print(f'got {value}')
    print(random.random(), random.choice('abc'))

asyncio.run(main())
