import asyncio

def parse_age(text):
    return int(text)

def load_people(rows):
    return {name: parse_age(age) for name, age in rows}

async def worker(rows):
    await asyncio.sleep(0)
    people = load_people(rows)
    return sum(people.values()) / len(people)

async def main():
    print(await worker([("a", "30"), ("b", "40")]))
    print(await worker([("c", "3O")]))

asyncio.run(main())
