# A lambda written directly in an f-string.
values = [3, 1, 2]
double = lambda x: x * 2
print(sorted(values, key=lambda x: -x))
print(f"{lambda x: x * 2}")
