# A generator-based factorial driven step by step with send(), and closed early.
import asyncio


def factorial_steps(n):
    result = 1
    try:
        for i in range(1, n + 1):
            factor = yield result
            result *= factor if factor is not None else i
        return result
    except GeneratorExit:
        print("generator closed at", result)
        raise


async def drive(n, override=None):
    gen = factorial_steps(n)
    print("first:", next(gen))
    try:
        while True:
            await asyncio.sleep(0.01)
            print("step:", gen.send(override))
    except StopIteration as stop:
        return stop.value


async def main():
    print("5! =", await drive(5))
    print("weird:", await drive(3, override=10))
    g = factorial_steps(10)
    next(g), next(g), g.send(None)
    g.close()
    print(g.send(None))


asyncio.run(main())
