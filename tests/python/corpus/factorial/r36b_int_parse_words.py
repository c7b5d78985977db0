# Numbers typed as words and digits; convert with int() before starting the tasks.
import asyncio

raw = ["5", " 7 ", "3", "six", "0x10", "8"]


async def factorial(n):
    r = 1
    while n > 1:
        r *= n
        n -= 1
        await asyncio.sleep(0)
    return r


async def main():
    numbers = []
    for text in raw:
        try:
            numbers.append(int(text))
        except ValueError as err:
            print("skipping:", err)
    print("numbers:", numbers)
    for n, f in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        print(f"{n}! = {f:,}")
    int(raw[4], 0) and print("base 0 reads", int(raw[4], 0))
    print(int(raw[3]))


asyncio.run(main())
