# range() with a zero step, and of a str.
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
for i in range("5"):
    print(i)
