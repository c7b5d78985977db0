import asyncio

def factorials_upto(n):
    value = 1
    for i in range(1, n + 1):
        value *= i
        yield i, value

async def main():
    for i, value in factorials_upto(10):
        await asyncio.sleep(0.01)
        print(f'{i:2}! = {value:>8}')
    gen = factorials_upto(3)
    print(next(gen), next(gen), next(gen))
    print(next(gen, 'exhausted'))

asyncio.run(main())
