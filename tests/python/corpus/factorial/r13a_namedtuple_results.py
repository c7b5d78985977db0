import asyncio
from collections import namedtuple

Fact = namedtuple('Fact', ['n', 'value', 'digits'])

async def factorial(n):
    value = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        value *= i
    return Fact(n, value, len(str(value)))

async def main():
    facts = await asyncio.gather(*(factorial(n) for n in (5, 7, 3, 6)))
    for f in sorted(facts, key=lambda f: f.digits):
        print(f)
    print(facts[0]._asdict())
    n, value, digits = facts[1]
    print(n, value, digits)

asyncio.run(main())
