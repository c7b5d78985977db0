# A mini bank: deposits with an await between read and write lose money.
import asyncio

balance = 100

async def deposit(amount, delay):
    global balance
    current = balance
    await asyncio.sleep(delay)
    balance = current + amount
    print(f'deposited {amount:>4}, balance now {balance}')

async def main():
    await asyncio.gather(deposit(50, 0.1), deposit(25, 0.2), deposit(10, 0.3))
    print('final balance', balance, '(expected 185)')

asyncio.run(main())
