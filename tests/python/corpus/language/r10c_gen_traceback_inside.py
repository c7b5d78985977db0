def parse(lines):
    for line in lines:
        key, value = line.split("=")
        yield key.strip(), int(value)

def total(lines):
    return sum(v for _, v in parse(lines))

print(total(["a = 1", "b=2"]))
try:
    total(["a=1", "b"])
except ValueError as e:
    print("ValueError:", e)
print(total(["a=1", "b=two"]))
