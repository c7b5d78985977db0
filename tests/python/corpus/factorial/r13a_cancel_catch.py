import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        result *= i
    return result

async def main():
    task = asyncio.create_task(factorial(20))
    await asyncio.sleep(0.12)
    print('cancel() returned', task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print('task was cancelled')
    print('cancelled?', task.cancelled(), 'done?', task.done())
    print('cancel again:', task.cancel())

asyncio.run(main())
