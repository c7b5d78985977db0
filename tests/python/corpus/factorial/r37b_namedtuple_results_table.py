# A namedtuple for each answer, with _replace and _asdict used on the way.
import asyncio
from collections import namedtuple

Answer = namedtuple("Answer", "n value elapsed_steps", defaults=[0])


async def factorial(n):
    value = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        value *= i
    return Answer(n, value, max(n - 1, 0))


async def main():
    answers = await asyncio.gather(*map(factorial, [3, 5, 1]))
    for a in answers:
        print(a)
    print(answers[0]._asdict())
    print(answers[1]._replace(value=-1))
    print(Answer(9, 1))
    print(Answer._fields, Answer._field_defaults)
    n, value, steps = answers[1]
    print(f"{n=} {value=} {steps=}")


asyncio.run(main())
