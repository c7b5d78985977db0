# FizzBuzz four ways: if/elif, string building, a dict of rules, and a one-liner.
for i in range(1, 16):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)

def fb(n, rules={3: "Fizz", 5: "Buzz", 7: "Bazz"}):
    out = "".join(word for k, word in rules.items() if n % k == 0)
    return out or str(n)

print(", ".join(fb(n) for n in range(1, 22)))
print(["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or i for i in range(1, 16)])
counts = {}
for i in range(1, 101):
    s = fb(i, {3: "Fizz", 5: "Buzz"})
    key = s if not s.isdigit() else "number"
    counts[key] = counts.get(key, 0) + 1
print(counts)
