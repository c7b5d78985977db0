# Creating the jobs as lambdas in a loop: they all use the last n (late binding).
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return n, f


async def main():
    jobs = []
    for n in [3, 4, 5]:
        jobs.append(lambda: factorial(n))
    print(await asyncio.gather(*(job() for job in jobs)))
    fixed = [lambda n=n: factorial(n) for n in [3, 4, 5]]
    print(await asyncio.gather(*(job() for job in fixed)))


asyncio.run(main())
