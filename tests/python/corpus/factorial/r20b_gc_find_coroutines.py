# Harness searches gc.get_objects() for coroutines the student created but never awaited.
import asyncio, gc, inspect

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

leftover = []

async def student(nums):
    for n in nums:
        leftover.append(factorial(n))
    return await factorial(nums[0])

print('value:', asyncio.run(student([3, 4, 5])))
found = [o for o in gc.get_objects() if inspect.iscoroutine(o)]
print('unawaited coroutines found:', len(found))
print(sorted(c.cr_frame.f_locals['n'] for c in found if c.cr_frame))
for c in leftover:
    c.close()
print('after close:', sum(1 for o in gc.get_objects() if inspect.iscoroutine(o) and o.cr_frame))
