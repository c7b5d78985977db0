# The exercise in the pre-3.7 style of older tutorials: loop.create_task, asyncio.wait, loop.close
import asyncio

async def factorial(number):
    result = 1
    for i in range(2, number + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f"factorial({number}) = {result}")
    return result

def main():
    print('Main - Starting')
    loop = asyncio.get_event_loop()
    tasks = [loop.create_task(factorial(n)) for n in [5, 7, 3, 6]]
    loop.run_until_complete(asyncio.wait(tasks))
    for task in tasks:
        print(task.get_name(), task.result())
    loop.close()
    print('Main - Done')

if __name__ == '__main__':
    main()
