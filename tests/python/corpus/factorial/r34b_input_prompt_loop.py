# Ask for numbers with input() until the user types "q", then compute them all with as_completed.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return n, f


def ask():
    numbers = []
    while True:
        reply = input("Number (q to finish): ")
        if reply.lower() == "q":
            return numbers
        if not reply.isdigit():
            print(f"  {reply!r} is not a whole number")
            continue
        numbers.append(int(reply))


async def main(numbers):
    for fut in asyncio.as_completed([factorial(n) for n in numbers]):
        n, f = await fut
        print(f"{n}! = {f}")


nums = ask()
print("computing", nums)
asyncio.run(main(nums))
ask()
