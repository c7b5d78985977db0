import asyncio

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

async def async_fact(n):
    await asyncio.sleep(0)
    if n <= 1:
        return 1
    return n * await async_fact(n - 1)

async def main():
    for n in (0, 1, 5, 10, 20):
        a = fact(n)
        b = await async_fact(n)
        print(f"{n:>3}! = {a:<20} same={a == b}")
    print(len(str(fact(300))))

asyncio.run(main())
