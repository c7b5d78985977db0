# A super() chain of mixins around one async factorial method (cooperative inheritance).
import asyncio

class Base:
    async def factorial(self, n):
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            r *= i
        return r

class Checked(Base):
    async def factorial(self, n):
        if n < 0:
            raise ValueError(f"negative: {n}")
        return await super().factorial(n)

class Logged(Base):
    async def factorial(self, n):
        print(f"{type(self).__name__}: start {n}")
        r = await super().factorial(n)
        print(f"{type(self).__name__}: {n}! = {r}")
        return r

class Calculator(Logged, Checked):
    pass

async def main():
    print([c.__name__ for c in Calculator.__mro__])
    calc = Calculator()
    print(await asyncio.gather(calc.factorial(3), calc.factorial(5)))
    try:
        await calc.factorial(-2)
    except ValueError as e:
        print("error:", e)

asyncio.run(main())
