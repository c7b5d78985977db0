# a ContextVar holds each task's number for the log lines of its steps
import asyncio
import contextvars

current_n = contextvars.ContextVar('current_n', default=None)

def log(msg):
    print(f'[n={current_n.get()}] {msg}')

async def step(i, acc):
    await asyncio.sleep(0.1 * current_n.get())
    log(f'step {i}: {acc}')

async def factorial(n):
    current_n.set(n)
    acc = 1
    for i in range(2, n + 1):
        acc *= i
        await step(i, acc)
    return acc

async def main():
    log('main starts')
    print(await asyncio.gather(factorial(3), factorial(4)))
    log('main ends')

asyncio.run(main())
