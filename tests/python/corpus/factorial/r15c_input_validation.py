# reads numbers with input(), rejecting what is not a whole number >= 0
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

def read_numbers():
    numbers = []
    while True:
        text = input("Number (blank to finish): ")
        if text == "":
            return numbers
        try:
            n = int(text)
        except ValueError:
            print(f"'{text}' is not a whole number")
            continue
        if n < 0:
            print("factorial is not defined for negative numbers")
            continue
        numbers.append(n)

async def main():
    numbers = read_numbers()
    results = await asyncio.gather(*(factorial(n) for n in numbers))
    for n, r in zip(numbers, results):
        print(f"{n}! = {r}")

asyncio.run(main())
