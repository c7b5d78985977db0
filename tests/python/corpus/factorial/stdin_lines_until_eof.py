# Numbers read with input() until EOF, blank lines skipped and bad lines reported by their ValueError.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def main():
    nums = []
    while True:
        try:
            line = input()
        except EOFError:
            break
        if line.strip() == '':
            continue
        try:
            nums.append(int(line))
        except ValueError as e:
            print('ignored:', e)
    print(await asyncio.gather(*[factorial(n) for n in nums]))

asyncio.run(main())
