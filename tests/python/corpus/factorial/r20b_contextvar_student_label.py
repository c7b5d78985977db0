# Harness tags each student's run with a ContextVar so shared logging knows whose task printed.
import asyncio, contextvars

student_var = contextvars.ContextVar('student', default='?')
log = []

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    log.append((student_var.get(), n, r))
    return r

async def grade(name, nums):
    student_var.set(name)
    return await asyncio.gather(*(factorial(n) for n in nums))

async def main():
    res = await asyncio.gather(grade('ann', [2, 4]), grade('bo', [3]))
    print(res)
    for who, n, r in log:
        print(f'{who:>4}: {n}! = {r}')
    print('main context sees:', student_var.get())
    ctx = contextvars.copy_context()
    print(ctx.run(student_var.get), len(list(ctx.items())))

asyncio.run(main())
