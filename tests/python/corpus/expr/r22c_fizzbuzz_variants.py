# FizzBuzz three ways with formatting
out = []
for i in range(1, 16):
    s = ""
    if i % 3 == 0:
        s += "Fizz"
    if i % 5 == 0:
        s += "Buzz"
    out.append(s or str(i))
print(" ".join(out))
print(", ".join("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, 16)))
for i in range(1, 16):
    print(f"{i:>2} {['', 'Fizz'][i % 3 == 0] + ['', 'Buzz'][i % 5 == 0] or i!s:>8}", end=" |" if i % 5 else " |\n")
counts = {"Fizz": 0, "Buzz": 0, "FizzBuzz": 0}
for i in range(1, 101):
    key = "Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)
    if key:
        counts[key] += 1
print(counts, sum(counts.values()))
print("Fizz" * 3 == "FizzFizzFizz", "Buzz" * -1 == "", "Fizz" * 0.5)
