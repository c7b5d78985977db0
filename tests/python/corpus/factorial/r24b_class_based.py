import asyncio

class FactorialCalculator:
    def __init__(self, name, number):
        self.name = name
        self.number = number
        self.result = None

    async def compute(self):
        value = 1
        for i in range(2, self.number + 1):
            print(f"Task {self.name}: Compute factorial({self.number}), currently i={i}...")
            await asyncio.sleep(0.01)
            value *= i
        self.result = value
        print(f"Task {self.name}: factorial({self.number}) = {value}")

    def __repr__(self):
        return f"FactorialCalculator({self.name!r}, {self.number}, result={self.result})"

async def main():
    calcs = [FactorialCalculator(c, n) for c, n in zip("XYZ", [4, 2, 3])]
    print(calcs)
    await asyncio.gather(*(c.compute() for c in calcs))
    print(calcs)

asyncio.run(main())
