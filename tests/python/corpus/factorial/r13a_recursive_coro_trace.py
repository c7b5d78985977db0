import asyncio

async def factorial(n, depth=0):
    indent = '  ' * depth
    print(f'{indent}factorial({n}) called')
    await asyncio.sleep(0.01)
    if n <= 1:
        print(f'{indent}base case reached')
        return 1
    sub = await factorial(n - 1, depth + 1)
    print(f'{indent}{n} * {sub} = {n * sub}')
    return n * sub

async def main():
    value = await factorial(5)
    print('Answer:', value)

asyncio.run(main())
