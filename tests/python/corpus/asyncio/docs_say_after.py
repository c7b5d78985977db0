import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    print("started")

    await say_after(0.3, 'hello')
    await say_after(0.6, 'world')

    print("finished")

    task1 = asyncio.create_task(
        say_after(0.3, 'hello again'))

    task2 = asyncio.create_task(
        say_after(0.6, 'world again'))

    print("started tasks")

    # Wait until both tasks are completed (should take
    # around 0.6 seconds.)
    await task1
    await task2

    print("finished tasks")

asyncio.run(main())
