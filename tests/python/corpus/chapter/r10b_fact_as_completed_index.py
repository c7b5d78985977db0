# as_completed gives results without their input; the learner returns pairs.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.03)
        r *= i
    return {'n': n, 'value': r}

async def main():
    found = []
    for fut in asyncio.as_completed([factorial(n) for n in [6, 2, 4]]):
        d = await fut
        found.append(d)
        print(d)
    print(max(found, key=lambda d: d['value']))

asyncio.run(main())
