# Harness uses asyncio.wait(FIRST_EXCEPTION) to stop grading at the first student error.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, abs(n) + 1):
        await asyncio.sleep(0.1)
        result *= i
    if n < 0:
        raise ValueError(f'negative {n}')
    return result

async def main():
    tasks = {asyncio.create_task(factorial(n), name=str(n)): n for n in [5, -2, 3, 6]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: tasks[t]):
        exc = t.exception()
        print(f'done {t.get_name():>2}:', repr(exc) if exc else t.result())
    print('pending:', sorted(tasks[t] for t in pending))
    for t in pending:
        t.cancel()
    res = await asyncio.gather(*pending, return_exceptions=True)
    print('after cancel:', sorted(type(r).__name__ for r in res))

asyncio.run(main())
