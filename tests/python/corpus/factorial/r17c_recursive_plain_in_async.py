# A plain recursive function called from the coroutine, with a sleep per number
import asyncio


def fact(n):
    if n == 0:
        return 1
    return n * fact(n - 1)


async def factorial(n):
    await asyncio.sleep(0.1)
    answer = fact(n)
    print('factorial of %d is %d' % (n, answer))
    return answer


async def calculate_factorials(numbers):
    await asyncio.gather(*[factorial(n) for n in numbers])


print('Main - Starting')
asyncio.run(calculate_factorials([5, 7, 3, 6]))
print(fact(40))
print('Main - Done')
