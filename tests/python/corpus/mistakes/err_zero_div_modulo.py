def chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]

print(chunks([1, 2, 3, 4, 5], 2))
print(10 % 3, -10 % 3, 10.5 // 2)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(5.0 / 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(divmod(1, 0))
except ZeroDivisionError as e:
    print(e)
print(chunks([1, 2], 0))
