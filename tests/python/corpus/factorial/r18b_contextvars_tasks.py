import asyncio
import contextvars

current_n = contextvars.ContextVar("current_n", default=None)

def log(msg):
    print(f"[n={current_n.get()}] {msg}")

async def factorial(n):
    current_n.set(n)
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    log(f"result {result}")
    return result

async def main():
    log("before")
    results = await asyncio.gather(*[factorial(n) for n in [4, 2, 3]])
    log(f"after {results}")
    current_n.set(99)
    t = asyncio.create_task(factorial(1))
    await t
    log("end")
    ctx = contextvars.copy_context()
    print(ctx[current_n], current_n.name)

asyncio.run(main())
