import re

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r"\d+", double, "3 apples and 10 pears"))
print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
prices = {"tea": 2, "cake": 5}
print(re.sub(r"\{(\w+)\}", lambda m: str(prices.get(m[1], "?")), "{tea} + {cake} + {pie}"))
print(re.sub("a", lambda m: None, "banana"))
