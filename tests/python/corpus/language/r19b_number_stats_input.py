# Reads numbers until a blank line or EOF; prints statistics; learners' input() loop
numbers = []
while True:
    try:
        line = input("Enter a number (blank to finish): ")
    except EOFError:
        print("\n(end of input)")
        break
    if line == "":
        break
    try:
        numbers.append(float(line) if "." in line else int(line))
    except ValueError:
        print(f"  {line!r} is not a number, try again")
print(f"You entered {len(numbers)} numbers: {numbers}")
if numbers:
    print(f"min={min(numbers)} max={max(numbers)} sum={sum(numbers)}")
    print(f"mean={sum(numbers) / len(numbers):.3f}")
    evens = [n for n in numbers if isinstance(n, int) and n % 2 == 0]
    print("evens:", evens, "negatives:", [n for n in numbers if n < 0])
    print("sorted desc:", sorted(numbers, reverse=True))
    print("as ints:", [int(n) for n in numbers], "rounded:", [round(n) for n in numbers])
name = input("Your name? ")
print(f"Thanks, {name}!")
