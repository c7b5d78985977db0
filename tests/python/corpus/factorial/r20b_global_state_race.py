# Student keeps the running product in a global; concurrent tasks corrupt each other's results.
import asyncio, math

result = 1

async def factorial(n):
    global result
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def check(nums):
    got = await asyncio.gather(*(factorial(n) for n in nums))
    for n, g in zip(nums, got):
        print(f'{n}! -> {g:<8} expected {math.factorial(n):<6} {"ok" if g == math.factorial(n) else "WRONG"}')
    return got

print('alone:')
asyncio.run(check([5]))
print('together:')
got = asyncio.run(check([3, 4]))
print('hint:', 'shared state between tasks' if got != [6, 24] else 'none')
