# Naive recursive Fibonacci where every call gathers two sub-calls as tasks (a task explosion).
import asyncio

created = 0

async def fib(n):
    global created
    if n < 2:
        return n
    created += 2
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    return a + b

async def main():
    for n in (5, 10, 15):
        global created
        created = 0
        print(f"fib({n}) = {await fib(n)} using {created} tasks")

asyncio.run(main())
