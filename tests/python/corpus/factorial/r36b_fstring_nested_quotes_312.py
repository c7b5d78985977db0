# Results kept in dicts; I reused double quotes inside the f-string (fine in 3.12, not 3.11).
import asyncio


async def factorial(n):
    out = 1
    for i in range(2, n + 1):
        out *= i
        await asyncio.sleep(0.01)
    return {"n": n, "value": out}


async def main():
    for d in await asyncio.gather(factorial(3), factorial(5)):
        print(f"{d["n"]}! = {d["value"]}")


asyncio.run(main())
