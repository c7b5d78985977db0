# add_note() on an exception raised in a task: the note in the uncaught traceback and in "never retrieved".
import asyncio

async def step(n):
    try:
        raise ValueError(f'step {n} failed')
    except ValueError as e:
        e.add_note(f'while running step {n}')
        raise

async def main():
    asyncio.create_task(step(1))
    await asyncio.sleep(0)
    await step(2)

asyncio.run(main())
