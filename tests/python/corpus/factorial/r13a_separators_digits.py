import asyncio

async def factorial(n):
    acc = 1
    for k in range(1, n + 1):
        acc *= k
        await asyncio.sleep(0)
    return acc

async def main():
    for n in (12, 18, 25, 30):
        f = await factorial(n)
        print(f'{n}! = {f:,}')
        print(f'{n}! = {f:_}')
        print(f'   {len(str(f))} digits, {f.bit_length()} bits, {str(f).count("0")} zeros')

asyncio.run(main())
