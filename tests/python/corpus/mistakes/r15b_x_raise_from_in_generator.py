# Mistake: a generator converts errors with raise ... from, and the consumer does not catch the new type.
class ParseError(Exception):
    pass

def numbers(lines):
    for i, line in enumerate(lines, 1):
        try:
            yield int(line)
        except ValueError as e:
            raise ParseError(f"line {i}: not a number") from e

total = 0
for n in numbers(["4", "5", "six"]):
    total += n
    print("running total", total)
