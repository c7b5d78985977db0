# Store the factorials in an in-memory SQLite table, then query them back as text.
import asyncio
import sqlite3


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


async def main():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE facts (n INTEGER PRIMARY KEY, value TEXT, digits INTEGER)")
    numbers = [5, 7, 3, 6, 25]
    for n, v in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        db.execute("INSERT INTO facts VALUES (?, ?, ?)", (n, str(v), len(str(v))))
    for row in db.execute("SELECT n, value, digits FROM facts ORDER BY digits DESC, n"):
        print(row)
    print(db.execute("SELECT COUNT(*), SUM(digits) FROM facts").fetchone())
    db.close()


asyncio.run(main())
