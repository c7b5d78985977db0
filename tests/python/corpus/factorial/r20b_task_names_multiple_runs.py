# Harness runs the student's solution three times and prints the default task names it sees.
import asyncio

names = []

async def factorial(n):
    names.append(asyncio.current_task().get_name())
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def solution(nums):
    names.append(asyncio.current_task().get_name())
    return await asyncio.gather(*(factorial(n) for n in nums))

for attempt in range(3):
    names.clear()
    print(f'attempt {attempt}:', asyncio.run(solution([2, 3])), names)
t_names = []
async def explicit():
    t = asyncio.create_task(factorial(1))
    t_names.append(t.get_name())
    t.set_name('renamed')
    await t
    return t.get_name()
print(asyncio.run(explicit()), t_names, names[-1])
