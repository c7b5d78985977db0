import asyncio


class ValidationError(Exception):
    pass


def validate(record):
    problems = [f for f in ("name", "email") if not record.get(f)]
    message = ", ".join(problems)
    if record.get("age", 0) < 0:
        raise ValidationError(message)
    return record


async def main():
    print(validate({"name": "a", "email": "b", "age": 3}))
    await asyncio.sleep(0)
    validate({"name": "a", "email": "b", "age": -1})


asyncio.run(main())
