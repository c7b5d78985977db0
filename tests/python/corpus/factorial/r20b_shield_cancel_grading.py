# Harness shields the student's computation from a timeout cancel, then collects it afterwards.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    task = asyncio.create_task(factorial(6))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.25)
    except asyncio.TimeoutError:
        print('too slow for the quick check; still running:', not task.done())
    print('eventual result:', await task)
    task2 = asyncio.create_task(factorial(6))
    try:
        await asyncio.wait_for(task2, timeout=0.25)
    except asyncio.TimeoutError:
        print('unshielded task cancelled:', task2.cancelled())

asyncio.run(main())
