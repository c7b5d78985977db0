# A ContextVar holds each task's number; the helper reads it without arguments
import asyncio
import contextvars

current_n = contextvars.ContextVar('current_n', default=None)

def log(msg):
    print(f'[n={current_n.get()}] {msg}')

async def factorial(n):
    current_n.set(n)
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    log(f'result {f}')
    return f

async def main():
    log('start')
    await asyncio.gather(factorial(3), factorial(2))
    log('end')

asyncio.run(main())
