# Student wrote a blocking sync factorial; harness runs it in an executor and with to_thread.
import asyncio, time, math

def factorial(n):
    result = 1
    for i in range(1, n + 1):
        time.sleep(0.01)
        result *= i
    return result

async def main():
    loop = asyncio.get_running_loop()
    a = await loop.run_in_executor(None, factorial, 5)
    b = await asyncio.to_thread(factorial, 6)
    c = await asyncio.gather(*(asyncio.to_thread(factorial, n) for n in (3, 4)))
    print(a, b, c)
    print('all right:', [a, b, *c] == [math.factorial(n) for n in (5, 6, 3, 4)])
    print('is coroutine function:', asyncio.iscoroutinefunction(factorial))

asyncio.run(main())
