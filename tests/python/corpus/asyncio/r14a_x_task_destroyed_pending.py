# test_tasks: a task whose awaited future is dropped is garbage: "Task was destroyed but it is pending!"
import asyncio, gc

async def waits_forever():
    await asyncio.get_running_loop().create_future()

async def main():
    asyncio.create_task(waits_forever(), name='orphan')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('collecting')
    gc.collect()
    print('after collect')

asyncio.run(main())
