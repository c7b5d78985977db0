# 34.8 with a done callback reporting progress as each factorial finishes
import asyncio
import math

async def factorial(n):
    for i in range(n):
        await asyncio.sleep(0.05)
    return math.factorial(n)

async def calculate_factorials(numbers):
    finished = 0
    def progress(task):
        nonlocal finished
        finished += 1
        pct = 100 * finished / len(numbers)
        print(f'[{pct:5.1f}%] {task.get_name()} -> {task.result()}')
    tasks = []
    for n in numbers:
        t = asyncio.create_task(factorial(n), name=f'{n}!')
        t.add_done_callback(progress)
        tasks.append(t)
    done, pending = await asyncio.wait(tasks)
    print('done:', len(done), 'pending:', len(pending))
    print(sorted(t.result() for t in done))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 1, 0]))
    print('Main - Done')

if __name__ == '__main__':
    main()
