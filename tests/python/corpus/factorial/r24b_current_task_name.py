import asyncio

async def factorial(number):
    me = asyncio.current_task().get_name()
    f = 1
    for i in range(2, number + 1):
        print(f"Task {me}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {me}: factorial({number}) = {f}")
    return f

async def main():
    print("main runs in", asyncio.current_task().get_name())
    t1 = asyncio.create_task(factorial(3), name="A")
    t2 = asyncio.create_task(factorial(2), name="B")
    t3 = asyncio.create_task(factorial(4))
    await asyncio.gather(t1, t2, t3)
    print([t.get_name() for t in (t1, t2, t3)])

asyncio.run(main())
