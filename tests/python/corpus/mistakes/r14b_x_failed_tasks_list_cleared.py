# Mistake: failing tasks kept in a list that is cleared one loop turn after they ran, never awaited (reported at the clear, newest first).
import asyncio


async def check(n):
    if n % 2:
        raise ValueError(f'odd input {n}')
    return n


async def main():
    tasks = [asyncio.create_task(check(n)) for n in (1, 2, 3)]
    await asyncio.sleep(0)
    print('done:', [t.done() for t in tasks])
    tasks.clear()
    print('list cleared')


asyncio.run(main())
