# a decorator for async functions that counts calls, keeping the name with wraps
import asyncio
import functools

def counted(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        wrapper.calls += 1
        result = await func(*args, **kwargs)
        print(f'{func.__name__}{args} -> {result}')
        return result
    wrapper.calls = 0
    return wrapper

@counted
async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n <= 1 else n * await factorial(n - 1)

async def calculate_factorials(nums):
    await asyncio.gather(*[factorial(n) for n in nums])
    print('calls:', factorial.calls, factorial.__name__, factorial.__wrapped__.__name__)

asyncio.run(calculate_factorials([3, 4]))
