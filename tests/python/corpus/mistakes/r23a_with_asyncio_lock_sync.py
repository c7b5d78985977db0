import asyncio

lock = asyncio.Lock()
balance = 100

async def withdraw(amount):
    global balance
    with lock:
        balance -= amount

async def main():
    await withdraw(30)
    print("balance", balance)

asyncio.run(main())
