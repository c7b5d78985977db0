# A class of static and class methods, the way a Java student writes it
import asyncio


class Factorials:
    delay = 0.1

    @staticmethod
    async def compute(n):
        total = 1
        for i in range(2, n + 1):
            await asyncio.sleep(Factorials.delay)
            total *= i
        return total

    @classmethod
    async def compute_all(cls, numbers):
        return await asyncio.gather(*[cls.compute(n) for n in numbers])


def main():
    print('Main - Starting')
    results = asyncio.run(Factorials.compute_all([5, 7, 3, 6]))
    for r in results:
        print(r)
    print('Main - Done')


if __name__ == '__main__':
    main()
