# a helper class with a staticmethod and a classmethod counting calls
import asyncio

class Maths:
    calls = 0

    @staticmethod
    def multiply_up(n):
        out = 1
        for i in range(2, n + 1):
            out *= i
        return out

    @classmethod
    async def factorial(cls, n):
        cls.calls += 1
        await asyncio.sleep(0.1)
        return cls.multiply_up(n)

async def main():
    print(await asyncio.gather(*(Maths.factorial(n) for n in range(6))))
    print("calls:", Maths.calls)

asyncio.run(main())
