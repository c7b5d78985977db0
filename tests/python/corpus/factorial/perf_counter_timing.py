# Factorial exercise: timing concurrent against sequential runs with time.perf_counter.
import asyncio
import time

async def factorial(n):
    total = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        total *= i
    return total

async def sequential(numbers):
    return [await factorial(n) for n in numbers]

async def concurrent(numbers):
    return await asyncio.gather(*(factorial(n) for n in numbers))

def timed(label, coro):
    start = time.perf_counter()
    results = asyncio.run(coro)
    elapsed = time.perf_counter() - start
    print(f'{label:<11} {results}')
    return elapsed

t_seq = timed('sequential', sequential([3, 2, 1]))
t_conc = timed('concurrent', concurrent([3, 2, 1]))
# six sleeps in a row against three: only bounds a busy machine cannot move
print(f'sequential took at least 0.6 s: {t_seq >= 0.6}')
print(f'concurrent was quicker: {t_conc < t_seq}')
