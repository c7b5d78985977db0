# asks until a valid number arrives, then computes its factorial step by step
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
        print(f"  {i}! = {result}")
        await asyncio.sleep(0.01)
    return result

def ask():
    attempts = 0
    while True:
        attempts += 1
        text = input(f"Attempt {attempts} - a number from 0 to 10: ")
        if text.isdigit() and 0 <= int(text) <= 10:
            return int(text)
        print(f"{text!r} is not allowed")

n = ask()
print(f"{n}! = {asyncio.run(factorial(n))}")
