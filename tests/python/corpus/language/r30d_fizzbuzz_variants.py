# FizzBuzz three ways: if/elif, a dict of rules, and a match statement on a tuple
def fb1(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


def fb2(n, rules={3: "Fizz", 5: "Buzz", 7: "Bazz"}):
    return "".join(word for k, word in rules.items() if n % k == 0) or str(n)


def fb3(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return n


print(" ".join(fb1(i) for i in range(1, 16)))
print(" ".join(fb2(i) for i in range(1, 22)))
print([fb3(i) for i in range(9, 16)])
print(all(fb1(i) == str(fb3(i)) for i in range(1, 100)))
print(" ".join(fb3(i) for i in range(1, 4)))
