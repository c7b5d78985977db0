import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
        await asyncio.sleep(0)
    return result

async def main():
    for n in [20, 25, 30]:
        f = await factorial(n)
        print(f'{n}! = {f:>30,} = {f:.2e} = {f:.5E}')
    print(f'{await factorial(6):#x} {await factorial(6):#o} {await factorial(6):#b}')
    print(f'{await factorial(5):+08d} {await factorial(5):=+8} {-(await factorial(4)):08}')

asyncio.run(main())
