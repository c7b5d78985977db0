# Seeded random delays and inputs from several random functions drive the factorial tasks.
import asyncio
import random

random.seed(2024)


async def factorial(n, delay):
    await asyncio.sleep(delay)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return n, r


async def main():
    numbers = random.sample(range(1, 15), 5)
    delays = [round(random.uniform(0.01, 0.05), 3) for _ in numbers]
    print("numbers:", numbers, "delays:", delays)
    print(random.randrange(0, 100, 7), random.choice("abcdef"), random.getrandbits(20), random.random())
    print(random.choices([3, 4, 5], weights=[5, 1, 1], k=6), round(random.gauss(10, 2), 6))
    deck = list(range(1, 8))
    random.shuffle(deck)
    print("shuffled:", deck, round(random.triangular(0, 1, 0.2), 6), random.randint(-3, 3))
    results = await asyncio.gather(*(factorial(n, d) for n, d in zip(numbers, delays)))
    print(sorted(results, key=lambda t: -t[1])[:3])


asyncio.run(main())
