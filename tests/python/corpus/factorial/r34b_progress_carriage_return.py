# A progress line rewritten with \r after every step of two factorials, then the results.
import asyncio
import sys

progress = {"a": 0.0, "b": 0.0}


def report():
    line = "  ".join(f"{k}:{v:4.0%}" for k, v in sorted(progress.items()))
    sys.stdout.write("\r" + line)
    sys.stdout.flush()


async def factorial(n, key, step):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(step)
        r *= i
        progress[key] = i / n
        report()
    return r


async def main():
    report()
    res = await asyncio.gather(factorial(2, "a", 0.1), factorial(2, "b", 0.3))
    print("\rfinished" + " " * 20)
    print(res)


asyncio.run(main())
