import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

def double_factorial_sum(a, b):
    return factorial(a) + factorial(b)

print("start")
print(double_factorial_sum(3, 4))
