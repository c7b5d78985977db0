# await coro() runs the coroutine inside the caller's task: no new task, no scheduling turn.
import asyncio

async def inner(tag):
    print(f'{tag} runs in', asyncio.current_task().get_name())
    return tag

async def other():
    print('other task runs')

async def main():
    asyncio.create_task(other())
    print(await inner('awaited coroutine'))
    print('other has not run yet: awaiting a coroutine does not yield')
    t = asyncio.create_task(inner('task'))
    print(await t)
    print('tasks now:', len(asyncio.all_tasks()))

asyncio.run(main())
