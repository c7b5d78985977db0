# The four results unpacked into names, plus starred unpacking of the rest
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

async def main():
    five, seven, three, six = await asyncio.gather(factorial(5), factorial(7), factorial(3), factorial(6))
    print(five, seven, three, six)
    first, *rest = await asyncio.gather(*(factorial(n) for n in (1, 2, 3, 4)))
    print(first, rest)
    print(seven // six == 7, six // five)

asyncio.run(main())
