# asyncio.run() twice: each run has its own loop; tasks and names start again in a new run.
import asyncio

async def main(tag):
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(asyncio.sleep(0.01, result=tag))
    print(tag, 'main task:', asyncio.current_task().get_name(), '| child:', task.get_name())
    return await task, loop

first, loop1 = asyncio.run(main('first'))
second, loop2 = asyncio.run(main('second'))
print(first, second, 'same loop:', loop1 is loop2)
print(asyncio.run(asyncio.sleep(0.01, result='a bare sleep works as main')))
try:
    asyncio.run(main)
except ValueError as e:
    print('ValueError:', str(e).split(' at ')[0])
