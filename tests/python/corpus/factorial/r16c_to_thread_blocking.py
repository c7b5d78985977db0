# A blocking factorial with time.sleep moved off the loop with asyncio.to_thread
import asyncio
import time

def blocking_factorial(n):
    f = 1
    for i in range(2, n + 1):
        time.sleep(0.05)
        f *= i
    return f

async def main():
    results = await asyncio.gather(*(asyncio.to_thread(blocking_factorial, n) for n in [5, 7, 3, 6]))
    print(results)

print('Main - Starting')
asyncio.run(main())
print('Main - Done')
