import asyncio
import sys

async def factorial(name, n):
    f = 1
    for i in range(2, n + 1):
        sys.stdout.write(f"[{name}] i={i}\n")
        await asyncio.sleep(0.01)
        f *= i
    sys.stdout.write("Task " + name + ": factorial(" + str(n) + ") = " + str(f) + "\n")
    return f

async def main():
    res = await asyncio.gather(factorial("A", 3), factorial("B", 4))
    print(*res, sep=" | ", end=" <end>\n")
    print("Task", "A", "done", sep="-")

asyncio.run(main())
