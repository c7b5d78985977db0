# A ContextVar holds the job label so a helper log() function knows which factorial it is in.
import asyncio
import contextvars

job = contextvars.ContextVar("job", default="main")


def log(msg):
    print(f"[{job.get()}] {msg}")


async def factorial(n):
    job.set(f"fact{n}")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01 * n)
        r *= i
    log(f"result {r}")
    return r


async def main():
    log("starting")
    await asyncio.gather(factorial(3), factorial(6))
    log("finished, label unchanged")
    print(job.name, job.get())


asyncio.run(main())
