import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def main():
    text = input("Enter numbers separated by spaces: ")
    numbers = [int(x) for x in text.split()]
    names = "ABCDEFGHIJ"
    await asyncio.gather(*(factorial(names[i], n) for i, n in enumerate(numbers)))

asyncio.run(main())
